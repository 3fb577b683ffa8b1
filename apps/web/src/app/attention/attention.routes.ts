import { Routes } from '@angular/router';
import { ATTENTION_LISTS, isAttentionListKey } from '@peerpath/domain';

export const attentionRoutes: Routes = [
  {
    path: ':listKey',
    title: (route) => {
      const key = route.paramMap.get('listKey') ?? '';
      return isAttentionListKey(key) ? ATTENTION_LISTS[key].title : 'Needs attention';
    },
    loadComponent: () => import('@peerpath/web/attention/attention-list.page').then((m) => m.AttentionListPage),
  },
];
