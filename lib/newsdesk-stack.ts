/**
 * The Newsdesk stack: storage, mail, ingestion, delivery and the watch over them. The subscriber
 * API, the editor console and the alert matcher join here the same way: build a construct that
 * takes `storage` and `mail`, then hand its functions and queues to `observability`.
 */
import { Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Archive } from './archive.js';
import { Delivery, type DigestSettings } from './delivery.js';
import { EditorAuth } from './editor-auth.js';
import { EditorConsole } from './editor-console.js';
import { Ingestion } from './ingestion.js';
import { Mail } from './mail.js';
import type { LogLevel } from './newsdesk-function.js';
import { Observability } from './observability.js';
import { Storage, type StorageProps } from './storage.js';
import { SubscriberApi } from './subscriber-api.js';

export interface NewsdeskStackProps extends StackProps {
  /** The domain Newsdesk sends email from; its DKIM records must be published in its DNS. */
  readonly mailDomain: string;
  /** The https address of the subscriber pages, without a trailing slash. */
  readonly publicBaseUrl: string;
  /** Receives every alarm. @default no subscription: watch the topic some other way */
  readonly alarmEmail?: string;
  /** @default no region held, the functions' own item limit */
  readonly digestSettings?: DigestSettings;
  /** @default 'INFO' */
  readonly logLevel?: LogLevel;
  /** @default data is retained */
  readonly dataRemovalPolicy?: StorageProps['dataRemovalPolicy'];
  /** Emails of the editors to invite to the console. @default none yet */
  readonly editors?: readonly string[];
}

export class NewsdeskStack extends Stack {
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

    this.storage = new Storage(this, 'Storage', { dataRemovalPolicy: props.dataRemovalPolicy });
    this.mail = new Mail(this, 'Mail', { mailDomain: props.mailDomain });
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

    this.editorAuth = new EditorAuth(this, 'EditorAuth', { publicBaseUrl, editors: props.editors ?? [] });
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
function requireHttpsUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`publicBaseUrl must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`publicBaseUrl must use https, got "${value}"`);
  return value.replace(/\/+$/, '');
}
