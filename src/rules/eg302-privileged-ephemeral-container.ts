import { containersOf, podSpecOf } from '../model/pod-specs.ts';
import { childRef } from '../model/source-ref.ts';
import { isRecord } from '../json.ts';
import { defineRule, type Draft } from './rule.ts';

const objectAt = (value: unknown): Readonly<Record<string, unknown>> | undefined => (isRecord(value) ? value : undefined);

type Message = 'privileged' | 'escalation' | 'capabilities' | 'root';

export default defineRule({
  meta: {
    id: 'EG302',
    name: 'privileged-ephemeral-container',
    short: 'A Pod manifest contains an ephemeral container that is privileged, may escalate, adds capabilities or runs as root.',
    level: 'error',
    securitySeverity: 8.1,
    tags: ['security', 'ephemeral-containers', 'pod'],
    messages: {
      privileged:
        'Ephemeral container "{{container}}" of {{pod}} is privileged: it has full access to the node. Remove privileged: true (kubectl debug --profile=general or restricted does not set it).',
      escalation:
        'Ephemeral container "{{container}}" of {{pod}} allows privilege escalation: a setuid binary in its image becomes root. Set allowPrivilegeEscalation: false.',
      capabilities:
        'Ephemeral container "{{container}}" of {{pod}} adds capabilities {{capabilities}}. Drop the add list (restricted allows only NET_BIND_SERVICE).',
      root: 'Ephemeral container "{{container}}" of {{pod}} runs as root (runAsUser: 0). Set runAsNonRoot: true and a non-zero runAsUser.',
    },
  },
  *check(facts) {
    for (const pod of facts.workspace.byKind('Pod')) {
      const site = podSpecOf(pod);
      if (!site) continue;
      const podContext = objectAt(site.spec.securityContext);
      for (const container of containersOf(site)) {
        if (container.list !== 'ephemeralContainers') continue;
        const security = objectAt(container.container.securityContext);
        const securityAt = childRef(container.at, 'securityContext');
        const data = { container: String(container.container.name ?? container.index), pod: `Pod/${pod.namespace ? `${pod.namespace}/` : ''}${pod.name}` };
        const draft = (messageId: Message, at: typeof securityAt, extra: Record<string, string> = {}): Draft<Message> => ({
          messageId,
          data: { ...data, ...extra },
          at,
          object: pod.ref,
        });
        if (security?.privileged === true) yield draft('privileged', childRef(securityAt, 'privileged'));
        if (security?.allowPrivilegeEscalation === true) yield draft('escalation', childRef(securityAt, 'allowPrivilegeEscalation'));
        const added = objectAt(security?.capabilities)?.add;
        if (Array.isArray(added) && added.length > 0) {
          yield draft('capabilities', childRef(securityAt, 'capabilities', 'add'), { capabilities: added.map(String).join(', ') });
        }
        if (security?.runAsUser === 0) yield draft('root', childRef(securityAt, 'runAsUser'));
        else if (security?.runAsUser === undefined && podContext?.runAsUser === 0) {
          yield draft('root', childRef(site.at, 'securityContext', 'runAsUser'));
        }
      }
    }
  },
});
