/** The Accept-Language every request sends: which half of its texts the server answers with. */
export function acceptLanguage(language: 'zh' | 'en'): string {
  return language === 'en' ? 'en' : 'zh-CN,zh;q=0.9';
}
