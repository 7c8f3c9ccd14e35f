/**
 * Round robin (PRD 3.3): which free host takes a team booking, by priority, weighted runs and
 * least recent booking; the fairness report; rebasing when hosts or weights change.
 */
export type { RoundRobinHost, RoundRobinHostSetting, RunPosition } from './rank-hosts';
export { rankRoundRobinHosts, rebaseRoundRobin, runPosition, weightDivisor } from './rank-hosts';
export type { HostShare, ShareInput } from './host-shares';
export { roundRobinShares } from './host-shares';
