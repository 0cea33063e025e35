/**
 * Outgoing email: the SES domain identity that signs with DKIM and the configuration set every
 * Newsdesk email goes through. Digests use it now; confirmations and alerts will too.
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { EventBus } from 'aws-cdk-lib/aws-events';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { ENV } from '../functions/config/env.js';
import type { NewsdeskFunction } from './newsdesk-function.js';

export interface MailProps {
  /** The domain Newsdesk sends from, e.g. `newsdesk.example.com`. */
  readonly mailDomain: string;
  /** Local part of the sender address. @default 'digest' */
  readonly senderLocalPart?: string;
}

export class Mail extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly fromAddress: string;
  private readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.fromAddress = `${props.senderLocalPart ?? 'digest'}@${props.mailDomain}`;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      sendingEnabled: true,
      reputationMetrics: true,
      // An address that bounced or complained is never mailed again, whatever the code asks.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      // Subscribers' reading habits are their own business: no open or click tracking is
      // configured, and mail is only handed to servers that accept TLS.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    // SES publishes bounces and complaints to the default bus, where the stateless stack's rule
    // picks them up: kept here, with the set, so the data side refers to nothing stateless.
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });

    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.mailDomain),
      dkimIdentity: DkimIdentity.easyDkim(),
      dkimSigning: true,
      configurationSet: this.configurationSet,
    });

    // The domain's DNS lives outside this stack: these are the records to publish for DKIM.
    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `CNAME record ${index + 1} of 3 that verifies ${props.mailDomain} for DKIM`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }

  /**
   * The function may send email from this identity through this configuration set, and finds
   * the sender address and the configuration set name in its environment.
   */
  bindSender(fn: NewsdeskFunction): void {
    fn.addEnvironment(ENV.fromAddress, this.fromAddress);
    fn.addEnvironment(ENV.configurationSet, this.configurationSet.configurationSetName);
    // SES authorises a send against both the identity and the configuration set it names.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [this.identity.emailIdentityArn, this.configurationSetArn],
      }),
    );
  }
}
