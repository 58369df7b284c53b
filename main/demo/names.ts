/**
 * Names for demo learners, families and educators, grouped by the cultures a US public school serves,
 * each group with the languages its families may speak at home. Written for Proficio; any resemblance
 * to a real person is chance.
 *
 * A given name is written `name:gender[:preferred name]`, gender being f, m or x (used by either);
 * the gender only guides the pronouns and the relationship of a parent's name.
 */
export type NameGender = 'f' | 'm' | 'x';
export type GivenName = { name: string; gender: NameGender; preferred: string | null };
export type NameGroup = {
  label: string;
  /** Share of the school's families, relative to the other groups. */
  weight: number;
  /** BCP 47 tags of languages families in the group may use at home, besides English. */
  homeLanguages: readonly string[];
  /** Chance that a family of the group uses one of those languages at home. */
  homeLanguageShare: number;
  given: readonly GivenName[];
  family: readonly string[];
};

type GroupSource = Omit<NameGroup, 'given'> & { given: string };

const sources: readonly GroupSource[] = [
  {
    label: 'US English',
    weight: 20,
    homeLanguages: [],
    homeLanguageShare: 0,
    given: `Olivia:f Liam:m Emma:f Noah:m Harper:f Wyatt:m Chloe:f Caleb:m Abigail:f Owen:m Hazel:f Jack:m Riley:x
      Avery:x Jordan:x Savannah:f Nora:f Elijah:m:Eli Alexander:m:Xander Katherine:f:Kate William:m:Will
      Margaret:f:Maggie Lucas:m Evelyn:f Henry:m Claire:f Samuel:m:Sam Grace:f Theodore:m:Teddy Madison:f`,
    family: `Johnson Miller Anderson Thompson Walker Carter Mitchell Sullivan O'Brien Bennett Hughes Fischer Schmidt
      Kowalski Parker Reed Murphy Campbell Foster Lindqvist`.split(/\s+/),
  },
  {
    label: 'African American',
    weight: 8,
    homeLanguages: [],
    homeLanguageShare: 0,
    given: `Aaliyah:f Jalen:m Imani:f Malik:m Nia:f Darius:m Zuri:f Andre:m Kiara:f Jamal:m Destiny:f Terrence:m:Terry
      Amara:f Isaiah:m Jada:f Xavier:m Brianna:f Marcus:m`,
    family: `Washington Jackson Harris Robinson Coleman Banks Freeman Greene Simmons Brooks Dawson Holloway`.split(/\s+/),
  },
  {
    label: 'Mexican and Central American',
    weight: 18,
    homeLanguages: ['es'],
    homeLanguageShare: 0.7,
    given: `Sofía:f Mateo:m Valentina:f Santiago:m Camila:f Diego:m Ximena:f Emiliano:m Guadalupe:f:Lupita
      Alejandro:m:Alex Lucía:f José:m Daniela:f Joaquín:m Renata:f Francisco:m:Paco Itzel:f Leonardo:m:Leo Ángel:m
      Fernanda:f:Fer Guadalupe:m:Lupe Jimena:f Iker:m Regina:f`,
    family: `García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Flores Torres Cruz Morales Reyes
      Gutiérrez Castillo Mejía Vásquez Aguilar Orozco`.split(/\s+/),
  },
  {
    label: 'Vietnamese',
    weight: 5,
    homeLanguages: ['vi'],
    homeLanguageShare: 0.75,
    given: `Minh_Anh:f Bảo:m Linh:f Khoa:m Thảo:f Huy:m Ngọc:f Duy:m Vy:f Phúc:m Trâm:f Quang:m Khánh:x An:x`,
    family: `Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Huỳnh`.split(/\s+/),
  },
  {
    label: 'Chinese',
    weight: 4,
    homeLanguages: ['zh-Hans', 'yue'],
    homeLanguageShare: 0.65,
    given: `Wei:x Yiran:f Zihan:x Haoran:m Mei:f Jun:m Xinyi:f Yuchen:m Ling:f Zhiwei:m Ruoxi:f Kaiyuan:m`,
    family: `Wang Li Zhang Liu Chen Huang Zhao Wu Lin Zhou`.split(/\s+/),
  },
  {
    label: 'Korean',
    weight: 3,
    homeLanguages: ['ko'],
    homeLanguageShare: 0.6,
    given: `Seo-yeon:f Min-jun:m Ji-woo:x Ha-eun:f Do-yun:m Seo-jun:m Yuna:f Jae-won:m Su-bin:f Ye-jin:f`,
    family: `Kim Lee Park Choi Jung Kang Yoon Han Shin`.split(/\s+/),
  },
  {
    label: 'Filipino',
    weight: 4,
    homeLanguages: ['fil', 'ceb'],
    homeLanguageShare: 0.4,
    given: `Angelica:f:Gel Jericho:m Princess:f Kristine:f Paolo:m Bea:f Rafael:m Andrea:f Mark_Anthony:m:Mac
      Jasmine:f Rommel:m Maricel:f Janrey:m`,
    family: `Santos Bautista Dela_Cruz Mendoza Villanueva Aquino Ramos Manalo Soriano Pascual`.split(/\s+/),
  },
  {
    label: 'South Asian',
    weight: 5,
    homeLanguages: ['hi', 'pa', 'ta', 'te', 'gu', 'bn'],
    homeLanguageShare: 0.55,
    given: `Aarav:m Ananya:f Vihaan:m Diya:f Arjun:m Ishaan:m Saanvi:f Priya:f Rohan:m Kavya:f Harpreet:x Gurleen:f
      Meera:f Siddharth:m:Sid Tanvir:m Nusrat:f`,
    family: `Patel Sharma Singh Kaur Reddy Iyer Gupta Shah Nair Desai Chaudhary Rahman`.split(/\s+/),
  },
  {
    label: 'Somali',
    weight: 3,
    homeLanguages: ['so'],
    homeLanguageShare: 0.85,
    given: `Ayaan:f Abdirahman:m Hodan:f Mohamed:m Fadumo:f Abdi:m Ifrah:f Hamza:m Sagal:f Yusuf:m Hibaaq:f Liban:m`,
    family: `Hassan Abdi Mohamed Ali Warsame Farah Osman Jama Omar Ahmed Nur`.split(/\s+/),
  },
  {
    label: 'Ethiopian and Eritrean',
    weight: 2,
    homeLanguages: ['am', 'ti', 'om'],
    homeLanguageShare: 0.7,
    given: `Selam:f Dawit:m Hiwot:f Yonas:m Meron:f Abel:m Liya:f Nahom:m Bethlehem:f:Betty Kidus:m`,
    family: `Tesfaye Bekele Haile Girma Alemu Tadesse Kebede Desta Gebremedhin Wolde`.split(/\s+/),
  },
  {
    label: 'West African',
    weight: 3,
    homeLanguages: ['yo', 'ig', 'tw', 'ha'],
    homeLanguageShare: 0.4,
    given: `Chiamaka:f:Amaka Oluwaseun:m:Seun Adaeze:f Tobi:x Kofi:m Ama:f Emeka:m Folake:f Kwame:m Ngozi:f
      Ifeoluwa:f:Ife Chidi:m Abena:f Yaw:m`,
    family: `Okafor Adeyemi Mensah Okonkwo Boateng Eze Adebayo Asante Nwosu Owusu Bello`.split(/\s+/),
  },
  {
    label: 'Arab',
    weight: 3,
    homeLanguages: ['ar'],
    homeLanguageShare: 0.8,
    given: `Layla:f Omar:m Yasmin:f Karim:m Noor:x Zaid:m Mariam:f Tariq:m Hana:f Khalil:m Rania:f Sami:m Lina:f Youssef:m`,
    family: `Haddad Khalil Mansour Nasser Saleh Al-Masri Darwish Aziz Hamdan Shammas`.split(/\s+/),
  },
  {
    label: 'Diné and other Native nations',
    weight: 2,
    homeLanguages: ['nv'],
    homeLanguageShare: 0.25,
    given: `Nizhoni:f Shandiin:f Kaiya:f Dakota:x Tyler:m Autumn:f Cheyenne:f Ryan:m Skyler:x Elias:m Hunter:m`,
    family: `Begay Yazzie Tsosie Benally Nez Etsitty Tso Chee Manygoats Harjo Whitehorse`.split(/\s+/),
  },
  {
    label: 'Ukrainian and Eastern European',
    weight: 3,
    homeLanguages: ['uk', 'ru', 'pl'],
    homeLanguageShare: 0.6,
    given: `Sofiia:f Maksym:m Anastasiia:f:Nastia Bohdan:m Oleksandr:m:Sasha Zlata:f Artem:m Viktoriia:f:Vika Danylo:m
      Kateryna:f:Katia Zofia:f Jakub:m`,
    family: `Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchenko Nowak Lysenko Wójcik Marchenko`.split(/\s+/),
  },
  {
    label: 'Hmong',
    weight: 2,
    homeLanguages: ['hmn'],
    homeLanguageShare: 0.75,
    given: `Pa_Nhia:f Tou:m Mai_Yer:f Kou:m Nou:f Fue:m Bao:x Chue:m Ka:f Xee:f Pheng:m`,
    family: `Vang Xiong Yang Thao Moua Her Lor Vue Khang Lee`.split(/\s+/),
  },
  {
    label: 'Brazilian',
    weight: 2,
    homeLanguages: ['pt-BR'],
    homeLanguageShare: 0.7,
    given: `Gabriel:m Beatriz:f:Bia Enzo:m Manuela:f:Manu Lucas:m Helena:f Davi:m Isadora:f João:m Giovanna:f`,
    family: `Silva Oliveira Souza Costa Pereira Almeida Ferreira Carvalho Rocha`.split(/\s+/),
  },
  {
    label: 'Haitian',
    weight: 1.5,
    homeLanguages: ['ht', 'fr'],
    homeLanguageShare: 0.7,
    given: `Widlene:f Jean-Pierre:m Stéphanie:f Wesley:m Mirlande:f Kervens:m Nadège:f Ricardo:m Fabienne:f`,
    family: `Pierre Jean-Baptiste Joseph Louis Charles Étienne Désir Casimir`.split(/\s+/),
  },
  {
    label: 'Japanese',
    weight: 1,
    homeLanguages: ['ja'],
    homeLanguageShare: 0.5,
    given: `Haruto:m Yui:f Sota:m Hina:f Ren:x Aoi:x Kaito:m Sakura:f`,
    family: `Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura`.split(/\s+/),
  },
  {
    label: 'Pacific Islander',
    weight: 1,
    homeLanguages: ['to', 'sm'],
    homeLanguageShare: 0.5,
    given: `Sione:m Mele:f Losa:f Tevita:m Malia:f Ioane:m Salote:f Viliami:m:Vili`,
    family: `Fifita Tupou Taufa Faleolo Leota Tuilagi Mahe`.split(/\s+/),
  },
  {
    label: 'Persian and Afghan',
    weight: 1.5,
    homeLanguages: ['fa', 'prs', 'ps'],
    homeLanguageShare: 0.7,
    given: `Arman:m Parisa:f Navid:m Shirin:f Dariush:m Yasaman:f:Yasi Ahmad:m Mahsa:f Farid:m Roya:f Zahra:f`,
    family: `Ahmadi Hosseini Karimi Rahimi Mohammadi Sadeghi Azizi Noori Rezaei`.split(/\s+/),
  },
];

// `_` joins the words of a two-word name inside the whitespace-separated lists above
const unspace = (text: string): string => text.replaceAll('_', ' ');

function parseGiven(list: string): GivenName[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [name = '', gender = 'x', preferred] = entry.split(':');
      if (gender !== 'f' && gender !== 'm' && gender !== 'x') throw new Error(`Bad gender in the name "${entry}".`);
      return { name: unspace(name), gender, preferred: preferred === undefined ? null : unspace(preferred) };
    });
}

export const nameGroups: readonly NameGroup[] = sources.map((source) => ({
  ...source,
  given: parseGiven(source.given),
  family: source.family.filter((name) => name !== '').map(unspace),
}));

/** Plain lower-case ASCII for usernames and e-mail addresses: "Nguyễn Minh Anh" → "nguyen-minh-anh". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
