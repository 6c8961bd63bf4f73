import * as React from 'react';
import type { GitRepository } from '../../model/context/types';
import type { SchemaIssue } from '../../model/schema/appSchemaValidate';
import type { Application, ApplicationDestination } from '../../model/application/types';
import type { FieldError, StepId } from '../../model/wizard/wizardValidate';
import { BasicStep } from '../../components/wizard/BasicStep';
import { DestinationStep } from '../../components/wizard/DestinationStep';
import { SharedTargetWarning } from '../../components/wizard/Notices';
import type { RequestPreviewProps } from '../../components/wizard/RequestPreview';
import { ReviewStep } from '../../components/wizard/ReviewStep';
import { SourceStep } from '../../components/wizard/SourceStep';
import type { StepProps } from '../../components/wizard/stepProps';
import { SyncStep } from '../../components/wizard/SyncStep';

type LoadState = 'loading' | 'error' | 'ready';

export interface StepContentProps extends StepProps {
  step: StepId;
  nameProblem?: FieldError;
  repositories: GitRepository[];
  repositoriesState: LoadState;
  clusters: ApplicationDestination[];
  clustersState: LoadState;
  /** The DevOps project's cluster. */
  ownCluster?: string;
  sharedWith: string[];
  request: RequestPreviewProps;
  issues: SchemaIssue[];
  restoredLabel: boolean;
  /** Edit: the saved application, for the review's list of changes. */
  base?: Application;
}

/** The body of the current step. */
export function StepContent(props: StepContentProps) {
  const { step, form, change, errors, mode } = props;
  const common = { form, change, errors, mode };
  switch (step) {
    case 'basic':
      return <BasicStep {...common} nameProblem={props.nameProblem} />;
    case 'source':
      return <SourceStep {...common} repositories={props.repositories} repositoriesState={props.repositoriesState} />;
    case 'destination':
      return (
        <DestinationStep
          {...common}
          clusters={props.clusters}
          clustersState={props.clustersState}
          ownCluster={props.ownCluster}
          warning={<SharedTargetWarning names={props.sharedWith} />}
        />
      );
    case 'sync':
      return <SyncStep {...common} />;
    case 'review':
      return (
        <ReviewStep
          {...props.request}
          issues={props.issues}
          sharedWith={props.sharedWith}
          restoredLabel={props.restoredLabel}
          mode={mode}
          base={props.base}
          clusters={props.clusters}
          ownCluster={props.ownCluster}
        />
      );
  }
}
