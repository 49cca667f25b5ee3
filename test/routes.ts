import 'reflect-metadata';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../src/access/access.decorator.js';
import { API_PREFIX } from '../src/http.js';

export interface RouteInfo {
  /** `GET /api/v1/children/:id` */
  key: string;
  rule: AccessRule | undefined;
}

/** Every route the application serves, from Nest's own controller metadata. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, unknown> } & object;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const joined = [base, path].filter((p) => p && p !== '/').join('/');
        const full = joined.startsWith('health') ? `/${joined}` : `/${API_PREFIX}/${joined}`;
        const rule = (Reflect.getMetadata(ACCESS_RULE, handler) ??
          Reflect.getMetadata(ACCESS_RULE, controller)) as AccessRule | undefined;
        routes.push({ key: `${method} ${full.replace(/\/$/, '')}`, rule });
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
