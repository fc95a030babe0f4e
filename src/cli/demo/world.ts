/**
 * The demo's world: twelve registrants a person in Shanghai (or, in English, an American city)
 * really deals with, in the simulator's order.
 */
export const MERCHANTS = {
  'zh-CN': [
    { name: '上海希尔顿酒店', category: 'hotel' },
    { name: '宝马4S店', category: 'car dealer' },
    { name: '平安保险', category: 'insurer' },
    { name: '链家地产', category: 'estate agent' },
    { name: '美团', category: 'app' },
    { name: '超级猩猩健身', category: 'gym' },
    { name: '新东方英语', category: 'school' },
    { name: '中国移动营业厅', category: 'telecom' },
    { name: '携程旅行', category: 'travel' },
    { name: '京东商城', category: 'shop' },
    { name: '瑞幸咖啡', category: 'app' },
    { name: '万科物业', category: 'property manager' },
  ],
  en: [
    { name: 'Hilton Downtown', category: 'hotel' },
    { name: 'Riverside Toyota', category: 'car dealer' },
    { name: 'Acme Insurance', category: 'insurer' },
    { name: 'Keller Realty', category: 'estate agent' },
    { name: 'FreshEats', category: 'app' },
    { name: 'Iron Gym', category: 'gym' },
    { name: 'BrightKids Academy', category: 'school' },
    { name: 'CellNet Store', category: 'telecom' },
    { name: 'TravelNow', category: 'travel' },
    { name: 'MegaMart', category: 'shop' },
    { name: 'Bean Coffee', category: 'app' },
    { name: 'Parkview Apartments', category: 'property manager' },
  ],
} as const;

/** The demo's scale: a year and a half, twelve registrants, eight people, three dealers. */
export const DEMO_WORLD = {
  merchants: 12,
  days: 540,
  subjects: 8,
  dealers: 3,
  actorsPerDealer: 2,
} as const;

/**
 * The default world's seed: one where all three dealers sell, eight campaigns rotate lines and
 * both locales show leaks through unguessable fields (seeds differ only in their draws).
 */
export const DEMO_SEED = '5';
