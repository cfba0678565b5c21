import type { AttemptTemplate, TemplateRole, TemplateSet } from './attempt-templates';
import { activeEpisode, type Episode } from './episodes';
import type { QueuedMessage } from './message';
import type { Random } from './random';
import type { ReplyKind } from './reply-kinds';
import type { CompiledReply } from './reply-text';
import { STEP_REPLIES } from './replies-special';
import type { DeliveryStatus } from './types';

/** The message template of an attempt and, when it quotes the remote side, the reply pool. */
export interface AttemptOutcome {
  template: AttemptTemplate;
  replies: readonly CompiledReply[] | null;
  /** Fixed status, or null when the remote reply's code decides it. */
  status: DeliveryStatus | null;
}

export interface OutcomeModel {
  templates: TemplateSet;
  episodes: readonly Episode[];
  random: Random;
}

const BACKGROUND_TROUBLE = 0.006;
const TROUBLE_ROLES: readonly TemplateRole[] = [
  'connectFailed',
  'connectionDied',
  'greetingFailed',
  'recipientRejected',
  'dataRejected',
];

export function decideOutcome(
  model: OutcomeModel,
  message: QueuedMessage,
  sendingIp: string,
  time: number,
  load: number,
): AttemptOutcome {
  const { random, templates } = model;
  const { domain } = message;
  if (domain.kind === 'typo') return fixed(templates.byRole.noHost, 'failure');
  if (message.attempts === 1 && message.rareTemplate) return rareOutcome(model, message);
  const backlogChance = domain.throttleId === '' ? 0 : 0.003 + 0.02 * Math.max(0, load - 1.5);
  if (random.chance(backlogChance)) return fixed(templates.byRole.backlog, 'connmaxout');
  const episode = activeEpisode(model.episodes, domain, sendingIp, time);
  if (episode && random.chance(episode.intensity)) {
    const template = templates.byRole[episode.role];
    if (episode.replyKind === null) return fixed(template, 'deferral');
    return remote(model, message, episode.role, episode.replyKind);
  }
  const fateOutcome = outcomeOfFate(model, message);
  if (fateOutcome) return fateOutcome;
  if (domain.greylisting && message.attempts === 1) {
    return remote(model, message, 'recipientRejected', 'greylist');
  }
  if (random.chance(BACKGROUND_TROUBLE)) return backgroundTrouble(model, message);
  return remote(model, message, 'accepted', 'accept');
}

function outcomeOfFate(model: OutcomeModel, message: QueuedMessage): AttemptOutcome | null {
  const { provider } = message.domain;
  switch (message.fate) {
    case 'unknownUser':
      return remote(model, message, 'recipientRejected', 'userUnknown');
    case 'mailboxFull':
      // Over-quota mailboxes get emptied eventually; later retries sometimes go through.
      if (message.attempts >= 3 && model.random.chance(0.3)) return null;
      return remote(model, message, 'recipientRejected', 'mailboxFull');
    case 'tooLarge':
      return remote(model, message, 'afterData', 'tooLarge');
    case 'spam':
      return remote(model, message, 'afterData', 'spam');
    default:
      if (message.stream.failsAuthentication && provider.checksAuthentication) {
        return remote(model, message, 'afterData', 'auth');
      }
      return null;
  }
}

function backgroundTrouble(model: OutcomeModel, message: QueuedMessage): AttemptOutcome {
  const role = model.random.pick(TROUBLE_ROLES);
  const template = model.templates.byRole[role];
  if (!template.hasReply) return fixed(template, 'deferral');
  return remote(model, message, role, 'tempFail');
}

/** A rare entry with one of its documented statuses and a reply that agrees with it. */
function rareOutcome(model: OutcomeModel, message: QueuedMessage): AttemptOutcome {
  const template = message.rareTemplate as AttemptTemplate;
  const status = model.random.pick(template.statuses);
  if (!template.hasReply) return fixed(template, status);
  const kind: ReplyKind =
    status === 'success' ? 'accept' : status === 'deferral' ? 'tempFail' : 'permFail';
  const replies = STEP_REPLIES[template.id] ?? message.domain.provider.replies[kind];
  return { template, replies, status };
}

function remote(
  model: OutcomeModel,
  message: QueuedMessage,
  role: TemplateRole,
  kind: ReplyKind,
): AttemptOutcome {
  const replies = message.domain.provider.replies[kind];
  return { template: model.templates.byRole[role], replies, status: null };
}

function fixed(template: AttemptTemplate, status: DeliveryStatus): AttemptOutcome {
  return { template, replies: null, status };
}
