import type { BackendHandlers } from '@wwe-kit/host';
import type { Campaign } from '@wwe-kit/protocol';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';

/**
 * The agent's outbound campaigns: loaded, started in a mode, stopped and
 * unloaded by scenario, each raising its `outbound` event (002:408-419).
 */
export class CampaignModel {
  readonly #runtime: Runtime;
  readonly campaigns = new Map<string, Campaign>();

  constructor(runtime: Runtime) {
    this.#runtime = runtime;
  }

  load(name: string, description?: string): void {
    if (this.campaigns.has(name)) return;
    this.campaigns.set(name, { name, state: 'Loaded', ...(description ? { description } : {}) });
    this.#runtime.emit('outbound', { eventType: 'CampaignLoaded', campaign: name });
  }

  /** Starts a loaded campaign in a dialing mode, e.g. "Preview", "Push Preview", "Predictive GVP". */
  start(name: string, mode: string): void {
    const campaign = this.get(name);
    campaign.state = 'Started';
    campaign.mode = mode;
    this.#runtime.emit('outbound', { eventType: 'CampaignStarted', campaign: name, mode });
  }

  stop(name: string): void {
    const campaign = this.get(name);
    if (campaign.state !== 'Started') return;
    campaign.state = 'Stopped';
    delete campaign.mode;
    this.#runtime.emit('outbound', { eventType: 'CampaignStopped', campaign: name });
  }

  unload(name: string): void {
    this.stop(name);
    if (!this.campaigns.delete(name)) return;
    this.#runtime.emit('outbound', { eventType: 'CampaignUnloaded', campaign: name });
  }

  get(name: string): Campaign {
    return this.campaigns.get(name) ?? this.#runtime.fail(errors.campaignNotFound(name));
  }

  /** A campaign that serves preview records now. */
  running(name: string): Campaign {
    const campaign = this.get(name);
    if (campaign.state !== 'Started') this.#runtime.fail(errors.campaignNotRunning(name, campaign.state));
    return campaign;
  }

  handlers() {
    return {
      'outbound.getCampaigns': () => [...this.campaigns.values()].map((campaign) => ({ ...campaign })),
    } satisfies Partial<BackendHandlers>;
  }
}
