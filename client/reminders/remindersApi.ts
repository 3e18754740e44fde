import type { ReminderView } from '../../shared/reminders';
import { apiRequest } from '../api/http';

export async function getReminders(): Promise<ReminderView[]> {
  return (await apiRequest<{ reminders: ReminderView[] }>('GET', '/notifications/reminders')).reminders;
}

export async function dismissReminder(id: number): Promise<void> {
  await apiRequest('POST', `/notifications/reminders/${id}/read`);
}
