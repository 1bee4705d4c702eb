// A module that fails while it loads: mountInWorkspace must say so, naming it.
throw new Error('this module refuses to load');
export {};
