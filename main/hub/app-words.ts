import { HubError } from './hub-error.js';

/**
 * A hub failure as a teacher in the app reads it. The command line's sentences point to PGPASSWORD,
 * .pgpass and `proficio hub init`; in the app the password is typed in the dialog and IT sets the hub
 * up, so the same failures say what to do there instead. Codes and details stay as they were.
 */
export function inAppWords(error: HubError, shown: string): HubError {
  const say = (message: string) => new HubError(error.code, message, error.details);
  switch (error.code) {
    case 'hub_unreachable':
      return say(`Cannot reach the school hub at ${shown}. Check the address, and that this computer is on the school’s network (or its VPN), then try again; if it still fails, ask IT whether the hub is running.`);
    case 'hub_login_refused':
      return say(`The school hub at ${shown} refused the login: check the user name in the address and the password (your school’s IT gives you both), then try again.`);
    case 'hub_not_found':
      return say(`There is no hub database at ${shown}: check the database name at the end of the address, or ask IT for the right address.`);
    case 'hub_not_initialised':
      return say(`The database at ${shown} is not set up as a Proficio school hub yet: ask IT to run “proficio hub init” on it, then try again.`);
    case 'hub_password_in_address':
      return say('Leave the password out of the address: type it in the Password box instead, so it is never saved in plain text.');
    default:
      return error;
  }
}
