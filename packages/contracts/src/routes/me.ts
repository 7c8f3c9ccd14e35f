import { defineRoute } from '../route';
import { updateMeInput, userOutput } from '../schemas/user';

export const getMeRoute = defineRoute({
  method: 'GET',
  path: '/v2/me',
  summary: 'The authenticated user',
  tag: 'Me',
  auth: 'required',
  response: userOutput,
});

export const getUsersMeRoute = defineRoute({ ...getMeRoute, path: '/v2/users/me' });

export const updateMeRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/me',
  summary: "Update the authenticated user's profile",
  tag: 'Me',
  auth: 'required',
  body: updateMeInput,
  response: userOutput,
});

export const meRoutes = [getMeRoute, getUsersMeRoute, updateMeRoute];
