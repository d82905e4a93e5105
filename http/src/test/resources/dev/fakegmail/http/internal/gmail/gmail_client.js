// Google's Node client (googleapis) against the fake's Gmail API door: refresh against the fake's /token, send, list,
// read back raw, a draft created, listed and sent, a gmail.readonly token refused on send, an unknown id's 404, a 429
// planned through the control API, and Google's 401 after a password change. Prints one JSON line.
const { google } = require('googleapis');
const [root, tokenUri, clientId, clientSecret, refreshToken, readonlyToken] = process.argv.slice(2);

// A call of the fake's control API, as a Node test suite beside the standalone makes it.
async function control(path, body) {
  const response = await fetch(root + 'api/' + path, { method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' } });
  if (!response.ok) throw new Error('control API ' + path + ': ' + response.status);
}

// The status and Google's error envelope of a refused call (null when it was not refused).
async function refusal(call) {
  try {
    await call();
    return null;
  } catch (e) {
    return { status: e.response.status, error: e.response.data.error };
  }
}

function gmailFor(token) {
  const auth = new google.auth.OAuth2({ clientId, clientSecret, endpoints: { oauth2TokenUrl: tokenUri } });
  auth.setCredentials({ refresh_token: token });
  return google.gmail({ version: 'v1', rootUrl: root, auth });
}

(async () => {
  const gmail = gmailFor(refreshToken);
  const raw = Buffer.from('From: alice@gmail.com\r\nTo: bob@gmail.com\r\nSubject: From Node\r\n\r\n'
      + 'Sent with googleapis.\r\n').toString('base64url');
  const sent = await gmail.users.messages.send({ userId: 'me', requestBody: { raw } });
  const listed = await gmail.users.messages.list({ userId: 'me', labelIds: ['SENT'] });
  const got = await gmail.users.messages.get({ userId: 'me', id: sent.data.id, format: 'raw' });
  const drafted = Buffer.from('From: node@example.com\r\nTo: bob@gmail.com\r\nSubject: Drafted in Node\r\n\r\n'
      + 'Kept, then sent.\r\n').toString('base64url');
  const draft = await gmail.users.drafts.create({ userId: 'me', requestBody: { message: { raw: drafted } } });
  const drafts = await gmail.users.drafts.list({ userId: 'me' });
  const draftSent = await gmail.users.drafts.send({ userId: 'me', requestBody: { id: draft.data.id } });
  let refused = null;
  try {
    await gmailFor(readonlyToken).users.messages.send({ userId: 'me', requestBody: { raw } });
  } catch (e) {
    const headers = e.response.headers;  // a fetch Headers object in gaxios 7, a plain object before
    refused = { status: e.response.status, error: e.response.data.error,
        wwwAuthenticate: typeof headers.get === 'function' ? headers.get('www-authenticate')
            : headers['www-authenticate'] };
  }
  const unknown = await refusal(() => gmail.users.messages.get({ userId: 'me', id: '00000000000003e7' }));
  await control('faults', { stage: 'GMAIL_API', fault: 'gmailApi', gmailApi: 'RATE_LIMIT_EXCEEDED' });
  // a send: gaxios retries a GET's 429 by itself (and the planned fault strikes once), never a POST
  const limited = await refusal(() => gmail.users.messages.send({ userId: 'me', requestBody: { raw } }));
  await control('faults', { stage: 'GMAIL_API', fault: 'gmailApi', gmailApi: 'RATE_LIMIT_EXCEEDED' });
  const retried = (await gmail.users.messages.list({ userId: 'me' })).data.resultSizeEstimate;
  await control('accounts/alice@gmail.com/password', { password: 'Correct-Horse-2026' });
  // the cached access token is revoked: Google's 401 (google-auth-library refreshes only an expired token)
  const revoked = await refusal(() => gmail.users.messages.list({ userId: 'me' }));
  console.log(JSON.stringify({ unknown, limited, retried, revoked, sent: sent.data, listed: listed.data,
      raw: Buffer.from(got.data.raw, 'base64url').toString('utf8'), draft: draft.data, drafts: drafts.data,
      draftSent: draftSent.data, refused }));
})().catch(e => { console.log('FAILED ' + e.message); process.exit(2); });
