import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
for (const s of ['+44 7700 900123','+44 (0) 7700 900555','07700 900777','+44 (0)20 7946 0000', '0044 7700 900123', '+1 (555) 010-0199', '12345', '+44 (0) 7911 123456', '(0)7700 900777']) {
  const p = parsePhoneNumberFromString(s, 'GB'); console.log(s, '=>', p?.number, p?.isValid(), p?.isPossible());
}
