/**
 * The stateless Newsdesk stack: functions, queues, schedules, the HTTP API and the watch over
 * them, built on the stateful stack's storage, mail and editor sign-in, handed over as typed
 * props (the CDK turns the references into the stacks' exports and imports). Anything here may
 * be replaced by a redeploy; nothing here holds data. A new part joins the same way: build a
 * construct that takes `storage` and `mail`, then hand its functions and queues to `observability`.
 */
import { Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Archive } from './archive.js';
import { Delivery, type DigestSettings } from './delivery.js';
import type { EditorAuth } from './editor-auth.js';
import { EditorConsole } from './editor-console.js';
import { Ingestion } from './ingestion.js';
import type { Mail } from './mail.js';
import type { LogLevel } from './newsdesk-function.js';
import { Observability } from './observability.js';
import type { Storage } from './storage.js';
import { SubscriberApi } from './subscriber-api.js';

export interface NewsdeskStackProps extends StackProps {
  /** The stateful stack's tables and subscriber key. */
  readonly storage: Storage;
  /** The stateful stack's SES identity and configuration set. */
  readonly mail: Mail;
  /** The stateful stack's editors' user pool. */
  readonly editorAuth: EditorAuth;
  /** The https address of the subscriber pages, without a trailing slash. */
  readonly publicBaseUrl: string;
  /** Receives every alarm. @default no subscription: watch the topic some other way */
  readonly alarmEmail?: string;
  /** @default no region held, the functions' own item limit */
  readonly digestSettings?: DigestSettings;
  /** @default 'INFO' */
  readonly logLevel?: LogLevel;
}

export class NewsdeskStack extends Stack {
  /** These three live in the stateful stack; kept here so callers reach them from either. */
  readonly storage: Storage;
  readonly mail: Mail;
  readonly ingestion: Ingestion;
  readonly delivery: Delivery;
  readonly subscriberApi: SubscriberApi;
  readonly archive: Archive;
  readonly editorAuth: EditorAuth;
  readonly editorConsole: EditorConsole;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: NewsdeskStackProps) {
    super(scope, id, props);
    const publicBaseUrl = requireHttpsUrl(props.publicBaseUrl);
    const { logLevel } = props;
    // One tag on everything, so the bill and the console can be filtered to Newsdesk.
    Tags.of(this).add('Project', 'Newsdesk');

    this.storage = props.storage;
    this.mail = props.mail;
    this.editorAuth = props.editorAuth;
    this.ingestion = new Ingestion(this, 'Ingestion', { storage: this.storage, logLevel });
    this.delivery = new Delivery(this, 'Delivery', {
      storage: this.storage,
      mail: this.mail,
      publicBaseUrl,
      digestSettings: props.digestSettings,
      logLevel,
    });

    this.subscriberApi = new SubscriberApi(this, 'Subscribers', { storage: this.storage, mail: this.mail, publicBaseUrl, logLevel });
    this.archive = new Archive(this, 'Archive', {
      storage: this.storage,
      httpApi: this.subscriberApi.httpApi,
      stage: this.subscriberApi.stage,
      publicBaseUrl,
      logLevel,
    });

    this.editorConsole = new EditorConsole(this, 'EditorConsole', {
      storage: this.storage,
      mail: this.mail,
      httpApi: this.subscriberApi.httpApi,
      editorAuth: this.editorAuth,
      publicBaseUrl,
      digestSettings: props.digestSettings,
      logLevel,
    });

    this.observability = new Observability(this, 'Observability', { alarmEmail: props.alarmEmail });
    this.observability.watchFunction('PlanIngest', this.ingestion.planIngest);
    this.observability.watchFunction('FetchFeed', this.ingestion.fetchFeed);
    this.observability.watchWorkQueue('FeedJobs', this.ingestion.feedJobs);
    this.observability.watchFunction('PlanDigest', this.delivery.planDigest);
    this.observability.watchFunction('PlanDigestPage', this.delivery.planDigestPage);
    this.observability.watchWorkQueue('DigestPlanJobs', this.delivery.digestPlanJobs);
    this.observability.watchFunction('SendEmail', this.delivery.sendEmail);
    this.observability.watchWorkQueue('SendJobs', this.delivery.sendJobs);
    this.observability.watchFunction('MatchAlerts', this.delivery.matchAlerts);
    this.observability.watchFunction('SubscriberPages', this.subscriberApi.pages);
    this.observability.watchFunction('SesEvents', this.subscriberApi.sesEvents);
    this.observability.watchFunction('ArchivePages', this.archive.pages);
    this.observability.watchFunction('EditorConsole', this.editorConsole.pages);
    this.observability.watchDeadLetterQueue('SesFeedback', this.subscriberApi.feedbackDeadLetters);
    this.observability.watchDeadLetterQueue('IngestSchedule', this.ingestion.scheduleDeadLetters);
    this.observability.watchDeadLetterQueue('DeliverySchedules', this.delivery.scheduleDeadLetters);
    this.observability.watchSesReputation();
    this.observability.watchDigestDelivery();
  }
}

/** Links in emails must be absolute and https; a typo here would ship broken emails. */
export function requireHttpsUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`publicBaseUrl must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`publicBaseUrl must use https, got "${value}"`);
  return value.replace(/\/+$/, '');
}
