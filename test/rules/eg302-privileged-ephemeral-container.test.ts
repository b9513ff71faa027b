import rule from '../../src/rules/eg302-privileged-ephemeral-container.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

testRule(rule, {
  valid: [
    {
      name: 'restricted debug container',
      files: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: app, image: nginx}]
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 1000, capabilities: {drop: [ALL], add: []}}
      `,
    },
    {
      name: 'a privileged regular container is not this rule',
      files: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
            - name: app
              image: nginx
              securityContext: {privileged: true}
      `,
    },
    {
      name: 'a Deployment template cannot hold ephemeral containers',
      files: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              ephemeralContainers:
                - {name: debug, image: busybox, securityContext: {privileged: true}}
      `,
    },
    {
      name: 'pod-level root overridden by the container',
      files: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext: {runAsUser: 0}
          ephemeralContainers:
            - {name: debug, image: busybox, securityContext: {runAsUser: 1000}}
      `,
    },
  ],
  invalid: [
    {
      name: 'privileged, escalation, capabilities and root on one container',
      files: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: shop
        spec:
          containers: [{name: app, image: nginx}]
          ephemeralContainers:
            - name: debugger
              image: busybox
              securityContext:
                privileged: true
                allowPrivilegeEscalation: true
                runAsUser: 0
                capabilities:
                  add: [SYS_ADMIN, NET_ADMIN]
      `,
      errors: [
        { messageId: 'privileged', data: { container: 'debugger', pod: 'Pod/shop/web' }, line: 12, column: 21, endColumn: 25 },
        { messageId: 'escalation', line: 13, column: 35 },
        { messageId: 'root', line: 14, column: 20 },
        { messageId: 'capabilities', data: { capabilities: 'SYS_ADMIN, NET_ADMIN' }, line: 16, column: 16 },
      ],
    },
    {
      name: 'root inherited from the pod security context',
      files: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            runAsUser: 0
          ephemeralContainers:
            - name: debug
              image: busybox
      `,
      errors: [{ messageId: 'root', data: { container: 'debug', pod: 'Pod/web' }, line: 6, column: 16 }],
    },
    {
      name: 'inside a List, second of two containers',
      files: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              ephemeralContainers:
                - {name: ok, image: busybox}
                - {name: bad, image: busybox, securityContext: {privileged: true}}
      `,
      errors: [{ messageId: 'privileged', data: { container: 'bad' }, line: 10, column: 69 }],
    },
  ],
});
