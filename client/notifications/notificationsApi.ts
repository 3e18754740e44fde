import type { NotificationDelivery, NotificationKind, NotificationPreferences, UnreadCount } from '../../shared/notifications';
import { apiRequest } from '../api/http';

export async function getPreferences(): Promise<NotificationPreferences> {
  return (await apiRequest<{ preferences: NotificationPreferences }>('GET', '/notifications/preferences')).preferences;
}

export async function setPreference(kind: NotificationKind, delivery: NotificationDelivery): Promise<NotificationPreferences> {
  return (await apiRequest<{ preferences: NotificationPreferences }>('PUT', '/notifications/preferences', { [kind]: delivery })).preferences;
}

export async function getUnreadCounts(): Promise<UnreadCount[]> {
  return (await apiRequest<{ counts: UnreadCount[] }>('GET', '/notifications/unread')).counts;
}

export async function previewUnsubscribe(token: string): Promise<{ kind: NotificationKind; label: string }> {
  return apiRequest('GET', `/notifications/unsubscribe?token=${encodeURIComponent(token)}`);
}

export async function unsubscribe(token: string): Promise<{ kind: NotificationKind; label: string }> {
  return apiRequest('POST', `/notifications/unsubscribe?token=${encodeURIComponent(token)}`);
}
