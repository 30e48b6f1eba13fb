import type { App, AppContext } from '../../../core/app-context.js';
import { authOf, type RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { actorOf } from '../../../core/http/request-actor.js';
import { partyBranchesSchema, partyConfirmationBodySchema, partyMembersQuerySchema, partyMembersSchema, profileInputSchema, profileSchema } from './profiles.schema.js';
import * as profiles from './profiles.service.js';

const STREAMER: RouteAccess = { roles: ['streamer'], scope: 'own' };
/** A streamer's profile is their public face on the platform (accounts, categories, reach). */
const SIGNED_IN: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
/** Secretaries of party organisations confirm members declared in their organisations. */
const SECRETARIES: RouteAccess = { roles: ['org_secretary'], scope: 'unit-subtree' };
const tags = ['matching: profiles'];

export function registerProfileRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/matching/profile',
    { config: { access: STREAMER }, schema: { tags, summary: '我的主播资料（平台账号、粉丝、主营品类、粉丝地区、场均销量、常卖价位）', response: { 200: profileSchema } } },
    async (req) => profiles.getProfile(ctx.db, authOf(req).user.id),
  );
  app.put(
    '/api/matching/profile',
    { config: { access: STREAMER }, schema: { tags, summary: '保存我的主播资料', body: profileInputSchema, response: { 200: profileSchema } } },
    async (req) => profiles.saveProfile(ctx.db, { ...actorOf(req), userId: authOf(req).user.id, unitId: null }, req.body),
  );
  app.get(
    '/api/matching/streamers/:id',
    { config: { access: SIGNED_IN }, schema: { tags, summary: '主播资料（供生产主体、基地查看）', params: idParamsSchema, response: { 200: profileSchema } } },
    async (req) => profiles.getProfile(ctx.db, req.params.id),
  );

  app.get(
    '/api/matching/party-branches',
    { config: { access: SIGNED_IN }, schema: { tags, summary: '可选择的党组织（行业党委、联合党支部、联合党组织）', response: { 200: partyBranchesSchema } } },
    async () => profiles.listPartyBranches(ctx.db),
  );
  app.get(
    '/api/matching/party-members',
    { config: { access: SECRETARIES }, schema: { tags, summary: '本组织申报的党员主播（待确认 / 已确认）', querystring: partyMembersQuerySchema, response: { 200: partyMembersSchema } } },
    async (req) => profiles.partyMembers(ctx.db, authOf(req).scope(['org_secretary']).pathPrefixes, req.query.status),
  );
  app.post(
    '/api/matching/streamers/:id/party-confirmation',
    { config: { access: SECRETARIES }, schema: { tags, summary: '确认或撤回主播的党员身份（记录确认人）', params: idParamsSchema, body: partyConfirmationBodySchema, response: { 200: profileSchema } } },
    async (req) => profiles.confirmParty(ctx.db, { ...actorOf(req), userId: authOf(req).user.id, unitId: null }, authOf(req).scope(['org_secretary']), req.params.id, req.body.confirmed),
  );
}
