/**
 * The stateful half of Newsdesk: what holds data or identity and must survive any redeploy of
 * the code (the tables, the subscriber key, the SES identity and configuration set, the editors'
 * user pool). Everything here is retained, tables and user pool with deletion protection, so a
 * change to the stateless stack, or its `cdk destroy`, never replaces or deletes any of it.
 */
import { Aspects, CfnResource, RemovalPolicy, Stack, Tags, type IAspect, type StackProps } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { Construct } from 'constructs';
import { EditorAuth } from './editor-auth.js';
import { Mail } from './mail.js';
import { Storage } from './storage.js';

export interface NewsdeskStatefulStackProps extends StackProps {
  /** The domain Newsdesk sends email from; its DKIM records must be published in its DNS. */
  readonly mailDomain: string;
  /** The https address of the subscriber pages and console, without a trailing slash. */
  readonly publicBaseUrl: string;
  /** Emails of the editors to invite to the console. @default none yet */
  readonly editors?: readonly string[];
  /** @default RETAIN: only a throwaway test deployment should ever pass DESTROY */
  readonly dataRemovalPolicy?: RemovalPolicy;
}

/** Gives every resource of the stack the same removal policy, so nothing stateful slips through at the default. */
class EveryResource implements IAspect {
  constructor(private readonly policy: RemovalPolicy) {}

  visit(node: IConstruct): void {
    if (node instanceof CfnResource) node.applyRemovalPolicy(this.policy);
  }
}

export class NewsdeskStatefulStack extends Stack {
  readonly storage: Storage;
  readonly mail: Mail;
  readonly editorAuth: EditorAuth;

  constructor(scope: Construct, id: string, props: NewsdeskStatefulStackProps) {
    super(scope, id, { ...props, terminationProtection: props.terminationProtection ?? true });
    Tags.of(this).add('Project', 'Newsdesk');
    this.storage = new Storage(this, 'Storage', { dataRemovalPolicy: props.dataRemovalPolicy });
    this.mail = new Mail(this, 'Mail', { mailDomain: props.mailDomain });
    this.editorAuth = new EditorAuth(this, 'EditorAuth', { publicBaseUrl: props.publicBaseUrl, editors: props.editors ?? [] });
    Aspects.of(this).add(new EveryResource(props.dataRemovalPolicy ?? RemovalPolicy.RETAIN));
  }
}
