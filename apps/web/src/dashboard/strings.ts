/**
 * Every string the dashboard and the account pages show, in English: the shared ones here, each
 * page's in copy/. Components hold no text of their own; another language is another object of
 * the same shape.
 */
import { duration } from './copy/format';
import { eventTypes } from './copy/event-types';
import { availability } from './copy/availability';
import { bookings } from './copy/bookings';
import { apiKeys } from './copy/api-keys';
import { webhooks } from './copy/webhooks';
import { teams } from './copy/teams';
import { settings } from './copy/settings';
import { teamWebhooks } from './copy/team-webhooks';

export const t = {
  productName: 'Kairos',
  common: {
    loading: 'Loading…',
    network: 'The server could not be reached. Check your connection and try again.',
    retry: 'Try again',
    save: 'Save',
    saved: 'Saved.',
    unsaved: 'Unsaved changes',
    cancel: 'Cancel',
    delete: 'Delete',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it.',
    notFound: 'This page does not exist',
    minutes: (n: number) => `${n} min`,
    minutesHint: (n: number) => `In minutes (${duration(n)})`,
  },
  nav: {
    label: 'Dashboard',
    skip: 'Skip to the page',
    eventTypes: 'Event types',
    availability: 'Availability',
    bookings: 'Bookings',
    teams: 'Teams',
    webhooks: 'Webhooks',
    apiKeys: 'API keys',
    settings: 'Settings',
    signOut: 'Sign out',
  },
  auth: {
    loginTitle: 'Sign in',
    loginButton: 'Sign in',
    signupTitle: 'Create your account',
    signupButton: 'Create account',
    resetTitle: 'Reset your password',
    newPasswordTitle: 'Choose a new password',
    email: 'Email',
    password: 'Password',
    newPassword: 'New password',
    name: 'Your name',
    username: 'Username',
    usernameHint: (origin: string, username: string) => `Your booking page: ${origin}/${username}`,
    passwordHint: 'At least 8 characters.',
    timeZone: 'Time zone',
    noAccount: 'No account yet?',
    signupLink: 'Create one',
    haveAccount: 'Already have an account?',
    loginLink: 'Sign in',
    forgotLink: 'Forgot your password?',
    backToLogin: 'Back to sign in',
    firstUser: 'This Kairos has no accounts yet: yours will be the first, and you will own it.',
    signupClosed: 'Sign-up is closed here. Ask the owner of this Kairos for an account.',
    resetIntro: 'Give the email of your account; we will mail you a link to choose a new password.',
    resetButton: 'Mail me a link',
    resetSent: 'If an account uses this address, a link is on its way. It works for 60 minutes.',
    setPasswordButton: 'Set password and sign in',
    askAgain: 'Ask for a new link',
  },
  eventTypes,
  availability,
  bookings,
  apiKeys,
  webhooks,
  teams,
  settings,
  teamWebhooks,
};
