import { inOneTransaction } from '../../data/inOneTransaction';
import { Hono, type Context } from 'hono';
import { refuseOpenSuggestions } from '../../suggestions/openSuggestions';
import { isSignatureDecision } from '../../../shared/api';
import { diffPlans } from '../../../shared/planDiff';
import { diffWordsIn } from '../../versions/diffWordsIn';
import { isLanguage } from '../../../shared/i18n/languages';
import { alwaysSigns, can } from '../../../shared/roles';
import type { StoredVersion } from '../../versions/VersionRepository';
import type { AppEnv } from '../AppEnv';
import { checkCompleteness, missingRequired } from '../../../shared/completeness';
import { completenessContext } from '../../workspaces/iepContext';
import { signingStatement } from '../../../shared/signing';
import { canonicalJson } from '../../versions/canonicalJson';
import { currentRecord } from '../../versions/currentRecord';
import { requestedAgreementMeeting } from '../../versions/agreementMeeting';
import { meetingTeamsOf } from '../../versions/meetingTeams';
import { checkSigner } from '../checkSigner';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../errors';
import { requireMember } from '../middleware';
import { notifyMembers } from '../../notifications/notifyMembers';
import { optionalStringField, readJsonObject, stringField } from '../readBody';

/**
 * From live draft to agreed plan: propose (freeze the state and hash it), choose who must
 * sign, sign against the hash, compare versions. Versions never change once proposed.
 */
export function versionRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ws = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';
  const findVersion = async (c: Context<AppEnv>, workspaceId: string): Promise<StoredVersion> => {
    const version = await c.get('services').versions.find(workspaceId, c.req.param('versionId') ?? '');
    if (!version) throw notFound('No such version.', 'no_version');
    return version;
  };
  /**
   * Who must sign, among the given ids (by default every member whose role signs). The case
   * manager and every parent or guardian always sign: a list without one of them is refused,
   * so agreement can never be reached around the family or the person who leads the plan.
   */
  const signers = async (c: Context<AppEnv>, workspaceId: string, userIds?: unknown): Promise<string[]> => {
    const members = await c.get('services').workspaces.members(workspaceId);
    const eligible = members.filter((member) => can(member.role, 'sign'));
    const mandatory = members.filter((member) => alwaysSigns(member.role));
    if (userIds === undefined) return eligible.map((member) => member.userId);
    if (!Array.isArray(userIds) || userIds.some((id) => typeof id !== 'string') || userIds.length > 200) {
      throw badRequest('Choose who must sign.', 'invalid_signers');
    }
    const allowed = new Set(eligible.map((member) => member.userId));
    const chosen = [...new Set(userIds as string[])];
    if (chosen.some((id) => !allowed.has(id))) throw badRequest('Only team members whose role signs can be asked to sign.', 'invalid_signers');
    const missing = mandatory.filter((member) => !chosen.includes(member.userId));
    if (missing.length > 0) {
      throw badRequest(
        `The case manager and every parent or guardian must sign. Missing: ${missing.map((member) => member.displayName).join(', ')}.`,
        'required_signer_missing',
        { names: missing.map((member) => member.displayName).join(', ') },
      );
    }
    return chosen;
  };

  app.get('/workspaces/:workspaceId/versions', async (c) => {
    const { identity } = await requireMember(c, ws(c));
    await c.get('services').audit.recordRead({ workspaceId: ws(c), actorId: identity.user.id, action: 'versions.listed' });
    return c.json({ versions: await c.get('services').versions.list(ws(c)) });
  });

  app.post('/workspaces/:workspaceId/versions', async (c) => {
    const workspaceId = ws(c);
    // Only the person who leads the plan puts a version forward for signature.
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const body = await readJsonObject(c);
    const title = stringField(body, 'title', { max: 120, label: 'Title' });
    const reason = optionalStringField(body, 'reason', { max: 500, label: 'Reason' });
    const services = c.get('services');
    const { versions, documents } = services;
    const requiredSigners = await signers(c, workspaceId, body.requiredSigners);
    const state = await documents.readPlanState(workspaceId);
    refuseOpenSuggestions(state);
    const plan = documents.planFromState(state);
    const gaps = missingRequired(checkCompleteness(plan, await completenessContext(services, workspaceId)));
    if (gaps.length > 0) {
      throw new HttpError(422, 'plan_incomplete', `The plan is not complete yet. Missing: ${gaps.map((item) => item.label).join('; ')}.`, { count: gaps.length });
    }
    // Proposing the same plan again is allowed only with a reason (a new date or team), recorded.
    const previous = (await versions.list(workspaceId))[0];
    if (previous && !reason && canonicalJson(documents.planFromState(await versions.state(previous.id))) === canonicalJson(plan)) {
      throw conflict(
        `The plan has not changed since version ${previous.number}. Say why you are proposing it again, for example a new meeting date or a change in the team.`,
        'plan_unchanged',
        { number: previous.number },
      );
    }
    const shown = await currentRecord(services, workspaceId);
    const agreedAt = await requestedAgreementMeeting(services, workspaceId, body.meetingId);
    const proposer = shown.team.find((member) => member.userId === identity.user.id)?.displayName ?? identity.user.displayName;
    const version = await inOneTransaction(services, async (tx) => {
      const proposed = await tx.versions.propose({
        workspaceId,
        title,
        state,
        proposedBy: identity.user.id,
        requiredSigners,
        record: { ...shown, proposedBy: { userId: identity.user.id, name: proposer }, reason },
        agreedAt,
      });
      await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'version.proposed', subject: proposed.id, details: { hash: proposed.hash } });
      return proposed;
    });
    notifyMembers(c, workspaceId, 'signature_requested', { en: `${proposer} asks for your signature on version ${version.number} of a plan.`, es: `${proposer} pide su firma en la versión ${version.number} de un plan.` }, `/w/${encodeURIComponent(workspaceId)}`, requiredSigners, identity.user.id);
    return c.json({ version }, 201);
  });

  /** What the live plan still lacks before it can be proposed: shown beside "Propose". */
  app.get('/workspaces/:workspaceId/plan/completeness', async (c) => {
    const workspaceId = ws(c);
    await requireMember(c, workspaceId);
    const services = c.get('services');
    const plan = await services.documents.readPlan(workspaceId);
    return c.json({ items: checkCompleteness(plan, await completenessContext(services, workspaceId)) });
  });

  /** Which meeting agrees this version: the case manager may change it until the version is agreed. */
  app.put('/workspaces/:workspaceId/versions/:versionId/meeting', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const version = await findVersion(c, workspaceId);
    if (version.status === 'agreed') throw conflict('This version is already agreed: the meeting that agreed it is part of its record.', 'version_agreed');
    const body = await readJsonObject(c);
    if (!('meetingId' in body)) throw badRequest('Choose a meeting, or none.', 'invalid_meeting');
    const services = c.get('services');
    const meeting = await requestedAgreementMeeting(services, workspaceId, body.meetingId);
    await services.versions.linkMeeting(version.id, meeting);
    await services.audit.record({ workspaceId, actorId: identity.user.id, action: 'version.meeting_linked', subject: version.id, details: { meeting: meeting?.meetingId ?? 'none' } });
    return c.json({ version: await services.versions.find(workspaceId, version.id) });
  });

  app.put('/workspaces/:workspaceId/versions/:versionId/signers', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const version = await findVersion(c, workspaceId);
    if (version.status === 'agreed') throw conflict('This version is already agreed.', 'version_agreed');
    // Once anyone has signed, the list they signed under is part of the record.
    if (version.signatures.length > 0) throw conflict('Someone has already signed this version, so who must sign can no longer change.', 'signers_frozen');
    const chosen = await signers(c, workspaceId, (await readJsonObject(c)).userIds);
    const { versions, audit } = c.get('services');
    await versions.setRequiredSigners(version.id, chosen);
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'version.signers_changed', subject: version.id });
    return c.json({ version: await versions.find(workspaceId, version.id) });
  });

  app.post('/workspaces/:workspaceId/versions/:versionId/signatures', async (c) => {
    const workspaceId = ws(c);
    const { identity, membership } = await requireMember(c, workspaceId, 'sign');
    const version = await findVersion(c, workspaceId);
    if (!version.requiredSigners.includes(identity.user.id)) throw forbidden('You are not asked to sign this version.', 'not_a_signer');
    const body = await readJsonObject(c);
    const decision = body.decision;
    if (!isSignatureDecision(decision)) throw badRequest('Choose agree, agree with reservations, or disagree.', 'invalid_decision');
    const versionHash = stringField(body, 'versionHash', { max: 128, label: 'Version hash' });
    // The signer saw a version with this hash; if it is not this version's, they saw something else.
    if (versionHash !== version.hash) throw conflict('This is not the version you were shown. Reload and read it again before signing.', 'stale_hash');
    const statement = optionalStringField(body, 'statement', { max: 2_000, label: 'Statement' });
    const typedName = stringField(body, 'typedName', { max: 200, label: 'Your full name' });
    const services = c.get('services');
    // The last signer may say which meeting agreed it; read before signing, so a bad id loses no signature.
    const chosenMeeting = 'meetingId' in body ? await requestedAgreementMeeting(services, workspaceId, body.meetingId) : undefined;
    const method = await checkSigner(c, identity, body.password);
    const { versions, workspaces } = services;
    const affirmation = signingStatement(version.number, (await workspaces.student(workspaceId)).studentName, decision);
    const timeZone = await workspaces.timeZone(workspaceId);
    await inOneTransaction(services, async (tx) => {
      const signed = await tx.versions.sign({
        versionId: version.id,
        userId: identity.user.id,
        name: identity.user.displayName,
        role: membership.role,
        decision,
        statement,
        versionHash,
        typedName,
        affirmation,
        timeZone,
        method,
      });
      if (!signed) throw conflict('You have already signed this version.', 'already_signed');
      await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'version.signed', subject: version.id, details: { decision, hash: versionHash } });
    });
    // Only the signature that completes the agreement links the meeting; an earlier signer's choice
    // would change a record other signers are still reading.
    if (chosenMeeting !== undefined && (await versions.find(workspaceId, version.id))?.status === 'agreed') {
      await versions.linkMeeting(version.id, chosenMeeting);
      await services.audit.record({ workspaceId, actorId: identity.user.id, action: 'version.meeting_linked', subject: version.id, details: { meeting: chosenMeeting?.meetingId ?? 'none' } });
    }
    const after = await versions.find(workspaceId, version.id);
    if (after?.status === 'agreed') {
      const everyone = (await workspaces.members(workspaceId)).map((member) => member.userId);
      notifyMembers(c, workspaceId, 'version_agreed', { en: `Version ${version.number} of a plan is agreed: every required signer has signed.`, es: `La versión ${version.number} de un plan está acordada: firmaron todas las personas que debían firmar.` }, `/w/${encodeURIComponent(workspaceId)}`, everyone, null);
    }
    return c.json({ version: after }, 201);
  });

  app.get('/workspaces/:workspaceId/versions/:versionId/plan', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const version = await findVersion(c, workspaceId);
    const { versions, documents, audit } = c.get('services');
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'version.read', subject: version.id });
    // The team at each meeting as the version froze it; null for a version from before records were kept.
    const record = await versions.record(version.id);
    const meetingTeams = record ? meetingTeamsOf(record.meetings, record.team) : null;
    return c.json({ version, plan: documents.planFromState(await versions.state(version.id)), meetingTeams });
  });

  /**
   * What changed: by default since the last agreed version before this one. `?from=<versionId>`
   * compares with any other version; `?to=draft` compares this version with the live draft.
   */
  app.get('/workspaces/:workspaceId/versions/:versionId/changes', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const version = await findVersion(c, workspaceId);
    const { versions, documents, audit } = c.get('services');
    const all = await versions.list(workspaceId);
    const fromId = c.req.query('from');
    const base = fromId
      ? all.find((v) => v.id === fromId)
      : all.find((v) => v.status === 'agreed' && v.number < version.number);
    if (fromId && !base) throw notFound('No such version to compare with.', 'no_version');
    const toDraft = c.req.query('to') === 'draft';
    const before = base ? documents.planFromState(await versions.state(base.id)) : documents.planFromState(new Uint8Array([0, 0]));
    const after = toDraft ? await documents.readPlan(workspaceId) : documents.planFromState(await versions.state(version.id));
    // The team at the meetings as each side froze it; the draft's as it is now. A version from
    // before records were kept froze no meetings.
    const frozenTeams = async (versionId: string) => {
      const record = await versions.record(versionId);
      return record ? meetingTeamsOf(record.meetings, record.team) : [];
    };
    const live = toDraft ? await currentRecord(c.get('services'), workspaceId) : null;
    const meetings = {
      before: base ? await frozenTeams(base.id) : [],
      after: live ? meetingTeamsOf(live.meetings, live.team) : await frozenTeams(version.id),
    };
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'version.compared', subject: version.id, details: { from: base?.id ?? 'nothing', to: c.req.query('to') === 'draft' ? 'draft' : version.id } });
    // Written in the reader's language (`?language=es`). Meetings are dated on the clock the
    // version froze, as its signatures are, so a later change of zone does not redate them;
    // the live draft's on the team's clock now.
    const language = c.req.query('language');
    const words = diffWordsIn(isLanguage(language) ? language : 'en');
    const timeZone = toDraft ? await c.get('services').workspaces.timeZone(workspaceId) : version.timeZone;
    return c.json({ from: base ? { id: base.id, number: base.number, title: base.title } : null, changes: diffPlans(before, after, meetings, timeZone, words) });
  });

  app.all('/workspaces/:workspaceId/versions/:versionId', () => {
    throw forbidden('Versions cannot be changed or deleted.', 'version_immutable');
  });

  return app;
}
