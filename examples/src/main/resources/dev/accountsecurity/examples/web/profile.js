// The profile page's behaviour: calls the JSON API and writes every value with textContent,
// never as HTML. State-changing calls carry the JSON content type and the custom header that
// the server's cross-site check asks for.
'use strict';

const $ = (id) => document.getElementById(id);
let challenge = null;
let activityCursor = null;

async function api(method, path, body) {
  const options = {
    method,
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'account-security' },
  };
  if (method !== 'GET') {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body || {});
  }
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    return { ok: false, status: 0, data: { message: 'The server cannot be reached.' } };
  }
  let data = {};
  try {
    data = await response.json();
  } catch (e) {
    data = {};
  }
  return { ok: response.ok, status: response.status, data };
}

function show(id, text) {
  const element = $(id);
  element.textContent = text;
  element.hidden = !text;
}

function errorText(data) {
  let text = data.message || 'Something went wrong.';
  if (data.retryAfter) {
    text += ' Try again in ' + data.retryAfter + ' s.';
  }
  if (data.hint) {
    text += ' ' + data.hint;
  }
  return text;
}

function flash(text) {
  show('flash', text);
}

// Sign-in ---------------------------------------------------------------------------------

async function submitPassword(event) {
  event.preventDefault();
  show('login-message', '');
  const result = await api('POST', '/api/login', {
    loginName: $('login-name').value,
    password: $('login-password').value,
  });
  $('login-password').value = '';
  if (!result.ok) {
    show('login-message', errorText(result.data));
    return;
  }
  if (result.data.secondFactor) {
    challenge = result.data.challenge;
    $('login-form').hidden = true;
    $('code-form').hidden = false;
    $('login-code').focus();
    return;
  }
  await loadProfile();
}

async function submitCode(event) {
  event.preventDefault();
  show('login-message', '');
  const result = await api('POST', '/api/login/code', {
    challenge,
    code: $('login-code').value.trim(),
  });
  $('login-code').value = '';
  if (!result.ok) {
    show('login-message', errorText(result.data));
    if (result.data.error === 'challenge_invalid') {
      resetSignIn();
    }
    return;
  }
  challenge = null;
  await loadProfile();
}

function resetSignIn() {
  challenge = null;
  $('login-form').hidden = false;
  $('code-form').hidden = true;
}

function showSignIn() {
  resetSignIn();
  $('signin-section').hidden = false;
  $('profile-section').hidden = true;
  $('account-bar').hidden = true;
}

async function logout() {
  await api('POST', '/api/logout');
  show('flash', '');
  show('login-message', '');
  showSignIn();
}

// The profile ----------------------------------------------------------------------------

async function loadProfile() {
  const result = await api('GET', '/api/me');
  if (!result.ok) {
    showSignIn();
    return;
  }
  const me = result.data;
  $('signin-section').hidden = true;
  $('profile-section').hidden = false;
  $('account-bar').hidden = false;
  $('whoami').textContent = me.firstName + ' ' + me.lastName + ' · ' + me.loginName;
  $('profile-login-name').textContent = me.loginName;
  const team = $('profile-team');
  team.hidden = !me.team;
  team.textContent = me.team ? 'Team ' + me.team.id + ' · ' + me.team.role : '';
  $('first-name').value = me.firstName;
  $('last-name').value = me.lastName;
  renderTwoFactor(me);
  await Promise.all([loadActivity(true), loadSessions()]);
}

async function saveNames(event) {
  event.preventDefault();
  show('names-message', '');
  const result = await api('PUT', '/api/profile', {
    firstName: $('first-name').value,
    lastName: $('last-name').value,
  });
  if (!result.ok) {
    show('names-message', errorText(result.data));
    return;
  }
  flash('Your names were saved.');
  await loadProfile();
}

async function changePassword(event) {
  event.preventDefault();
  show('password-message', '');
  const result = await api('POST', '/api/password', {
    current: $('current-password').value,
    new: $('new-password').value,
  });
  if (!result.ok) {
    show('password-message', errorText(result.data));
    return;
  }
  $('current-password').value = '';
  $('new-password').value = '';
  flash('Your password was changed. Other sessions were signed out: '
      + result.data.sessionsRevoked + '.');
  await loadSessions();
}

// Two-factor -----------------------------------------------------------------------------

function renderTwoFactor(me) {
  const status = $('twofa-status');
  status.textContent = me.twoFactorEnabled ? 'On' : 'Off';
  status.className = me.twoFactorEnabled ? 'status on' : 'status';
  $('twofa-off-panel').hidden = me.twoFactorEnabled;
  $('twofa-on-panel').hidden = !me.twoFactorEnabled;
  $('recovery-left').textContent = String(me.recoveryCodesLeft);
  $('enrol-panel').hidden = true;
}

async function startEnrolment() {
  show('twofa-message', '');
  const result = await api('POST', '/api/2fa/enrol');
  if (!result.ok) {
    show('twofa-message', errorText(result.data));
    return;
  }
  $('totp-secret').textContent = result.data.secret;
  $('totp-qr').src = result.data.qrUrl + '?t=' + Date.now();
  $('twofa-off-panel').hidden = true;
  $('enrol-panel').hidden = false;
  $('enrol-code').focus();
}

async function confirmEnrolment(event) {
  event.preventDefault();
  show('twofa-message', '');
  const result = await api('POST', '/api/2fa/confirm', { code: $('enrol-code').value.trim() });
  $('enrol-code').value = '';
  if (!result.ok) {
    show('twofa-message', errorText(result.data));
    return;
  }
  $('totp-secret').textContent = '';
  showRecoveryCodes(result.data.recoveryCodes);
  flash('Two-factor authentication is on.');
  const me = await api('GET', '/api/me');
  if (me.ok) {
    renderTwoFactor(me.data);
  }
}

function showRecoveryCodes(codes) {
  const list = $('recovery-codes');
  list.replaceChildren(...codes.map((code) => {
    const item = document.createElement('li');
    item.textContent = code;
    return item;
  }));
  $('recovery-panel').hidden = false;
}

async function hideRecoveryCodes() {
  $('recovery-codes').replaceChildren();
  $('recovery-panel').hidden = true;
  await loadProfile();
}

function proof() {
  const value = $('twofa-proof').value.trim();
  $('twofa-proof').value = '';
  return /^[0-9 ]{6,8}$/.test(value) ? { code: value } : { password: value };
}

async function disableTwoFactor() {
  show('twofa-message', '');
  const result = await api('POST', '/api/2fa/disable', proof());
  if (!result.ok) {
    show('twofa-message', errorText(result.data));
    return;
  }
  flash('Two-factor authentication is off.');
  await loadProfile();
}

async function regenerateCodes() {
  show('twofa-message', '');
  const result = await api('POST', '/api/2fa/recovery-codes', proof());
  if (!result.ok) {
    show('twofa-message', errorText(result.data));
    return;
  }
  showRecoveryCodes(result.data.recoveryCodes);
  flash('New recovery codes were made; the old ones no longer work.');
}

// Login activity and sessions -------------------------------------------------------------

function cell(text, className, sub) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  if (sub) {
    const span = document.createElement('span');
    span.className = 'sub';
    span.textContent = sub;
    td.appendChild(span);
  }
  return td;
}

function when(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const GOOD_OUTCOMES = ['success', 'recovery_code_used', 'second_factor_required'];

async function loadActivity(first) {
  const path = '/api/activity' + (first || !activityCursor
    ? '' : '?cursor=' + encodeURIComponent(activityCursor));
  const result = await api('GET', path);
  if (!result.ok) {
    show('activity-message', errorText(result.data));
    return;
  }
  const rows = result.data.events.map((event) => {
    const tr = document.createElement('tr');
    tr.append(
      cell(when(event.at)),
      cell(event.device, null, event.deviceType),
      cell(event.location),
      cell(event.ipAddress),
      cell(event.outcomeLabel,
        GOOD_OUTCOMES.includes(event.outcome) ? 'outcome-ok' : 'outcome-bad'));
    return tr;
  });
  if (first) {
    $('activity-rows').replaceChildren(...rows);
  } else {
    $('activity-rows').append(...rows);
  }
  activityCursor = result.data.nextCursor;
  $('activity-more').hidden = !activityCursor;
}

async function loadSessions() {
  const result = await api('GET', '/api/sessions');
  if (!result.ok) {
    show('sessions-message', errorText(result.data));
    return;
  }
  $('sessions-rows').replaceChildren(...result.data.sessions.map(sessionRow));
}

function sessionRow(session) {
  const tr = document.createElement('tr');
  tr.dataset.sessionId = session.id;
  if (session.current) {
    tr.className = 'current';
  }
  const device = cell(session.device, null, session.deviceType);
  if (session.current) {
    const mark = document.createElement('span');
    mark.className = 'this-device';
    mark.textContent = 'This browser';
    device.appendChild(mark);
  }
  const action = document.createElement('td');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'small danger revoke-button';
  button.textContent = session.current ? 'Sign out' : 'Revoke';
  button.addEventListener('click', () => revokeSession(session.id, session.current));
  action.appendChild(button);
  tr.append(device, cell(session.location), cell(session.ipAddress),
    cell(when(session.createdAt)), cell(when(session.lastSeenAt)), action);
  return tr;
}

async function revokeSession(id, current) {
  show('sessions-message', '');
  const result = await api('DELETE', '/api/sessions/' + encodeURIComponent(id));
  if (!result.ok) {
    show('sessions-message', errorText(result.data));
    return;
  }
  if (current) {
    showSignIn();
    return;
  }
  flash('The session was signed out.');
  await loadSessions();
}

async function revokeOthers() {
  show('sessions-message', '');
  const result = await api('POST', '/api/sessions/revoke-others');
  if (!result.ok) {
    show('sessions-message', errorText(result.data));
    return;
  }
  flash('Signed out of ' + result.data.revoked + ' other sessions.');
  await loadSessions();
}

// Wiring ---------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  $('login-form').addEventListener('submit', submitPassword);
  $('code-form').addEventListener('submit', submitCode);
  $('code-cancel').addEventListener('click', () => {
    show('login-message', '');
    resetSignIn();
  });
  $('logout-button').addEventListener('click', logout);
  $('names-form').addEventListener('submit', saveNames);
  $('password-form').addEventListener('submit', changePassword);
  $('enrol-button').addEventListener('click', startEnrolment);
  $('enrol-form').addEventListener('submit', confirmEnrolment);
  $('recovery-done').addEventListener('click', hideRecoveryCodes);
  $('twofa-manage-form').addEventListener('submit', (event) => event.preventDefault());
  $('disable-button').addEventListener('click', disableTwoFactor);
  $('regenerate-button').addEventListener('click', regenerateCodes);
  $('activity-more').addEventListener('click', () => loadActivity(false));
  $('revoke-others').addEventListener('click', revokeOthers);
  loadProfile();
});
