import { acknowledgeSignal, signalInbox } from '../../app/signals.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { wrap } from '../table.ts';
import { parseInteger } from './parse.ts';

export interface SignalsOptions {
  readonly asOf?: string;
  readonly parameterVersion?: string;
  readonly all?: boolean;
  readonly json?: boolean;
  readonly lang: Language;
  readonly organisation?: string;
}

/** `signals`: the organisation's inbox, most important first. */
export async function signals(options: SignalsOptions): Promise<void> {
  const parameterVersion = parseInteger('--parameter-version', options.parameterVersion);
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const inbox = await signalInbox(session, organisation.id, { asOf: options.asOf, parameterVersion, includeAcknowledged: options.all });
    const { items } = inbox;
    if (options.json) {
      console.log(JSON.stringify({ organisation: { id: organisation.id, name: organisation.name }, ...inbox }, null, 2));
      return;
    }
    const heading = `${organisation.name} — signals as of ${inbox.asOf} (parameters v${inbox.parameterVersion})`;
    if (items.length === 0) {
      console.log(`${heading}: nothing needs attention${options.all ? '' : ' (acknowledged signals are hidden; --all shows them)'}.`);
      return;
    }
    console.log(`${heading}\n`);
    for (const s of items) {
      const flag = s.acknowledged ? '  (acknowledged)' : '';
      console.log(`${s.severity.toUpperCase().padEnd(6)} ${s.title[options.lang]}${flag}`);
      for (const line of wrap(s.action[options.lang], 92)) console.log(`       ${line}`);
      console.log(`       key: ${s.key}\n`);
    }
    console.log('Acknowledge one with  trust-ledger acknowledge <key> --note "…"  (it returns when its cause grows).');
  } finally {
    await session.close();
  }
}

/** `acknowledge`: marks a signal as seen and handled. */
export async function acknowledge(key: string, options: { note?: string; organisation?: string }): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const ack = await acknowledgeSignal(session, organisation.id, { key, note: options.note });
    console.log(`Acknowledged ${ack.key} at measure ${ack.measure}; it returns if its cause grows.`);
  } finally {
    await session.close();
  }
}
