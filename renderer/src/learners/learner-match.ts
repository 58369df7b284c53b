/** The picker's matching lives with the contract, so the command line finds learners by name the same way. */
export * from '../../../preload/contract/learner-match.js';
