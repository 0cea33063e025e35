/**
 * The target every Newsdesk schedule uses: invoke a planner function with the time the run
 * was scheduled for, so a late or repeated run plans the same slot as the on-time one.
 */
import { Duration, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { ContextAttribute, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';

/**
 * Where a schedule's invocations go once Scheduler has given up on them (the function could not
 * be invoked at all: throttled past the retry window, deleted, not permitted), to be looked at
 * and redriven instead of vanishing.
 */
export function scheduleDeadLetterQueue(scope: Construct, id: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the dead-letter queue of schedule targets; nothing consumes it but an operator.',
  });
  return queue;
}

/**
 * The event a planner receives: `{ "scheduledTime": "2025-01-06T08:00:00Z" }`. The role that
 * invokes it is created in `scope`, so each schedule may invoke its own planner only.
 */
export function invokeWithScheduledTime(scope: Construct, fn: LambdaFunction, retryWindow: Duration, deadLetterQueue: IQueue): LambdaInvoke {
  const stack = Stack.of(scope);
  const role = new Role(scope, `${fn.node.id}ScheduleRole`, {
    description: `Lets EventBridge Scheduler invoke ${fn.node.id}`,
    // Only schedules of this account's default group may use the role (no confused deputy).
    assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
      conditions: {
        StringEquals: {
          'aws:SourceAccount': stack.account,
          'aws:SourceArn': stack.formatArn({ service: 'scheduler', resource: 'schedule-group', resourceName: 'default' }),
        },
      },
    }),
  });
  const functionLogicalId = stack.getLogicalId(fn.node.defaultChild as CfnElement);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
    reason:
      'The target grants lambda:InvokeFunction on the function and its qualified ARNs (versions and aliases); ' +
      'the wildcard never reaches beyond this one function.',
  });
  return new LambdaInvoke(fn, {
    role,
    input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
    // A run older than the next scheduled one is useless: the next run covers its work.
    maxEventAge: retryWindow,
    retryAttempts: 3,
    deadLetterQueue,
  });
}
