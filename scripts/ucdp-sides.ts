/**
 * What the actors component should answer for the sides UCDP codes (ucdp-aec train split only; validation and
 * test are held out): for each UCDP side name, the names news outlets use for it and the ACLED [inter, country]
 * pair it should get. Shared by scripts/check-actors.ts (news forms) and scripts/check-ucdp-actors.ts (UCDP's
 * own spellings). Written for sitrep from ACLED's codebook; the side names are UCDP's (CC BY 4.0).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countryOfForm, countryInfo } from '../src/extract/countries.js';
import { DATA, readLines } from './public-data.js';

/** UCDP's country names with their historical suffixes → ISO alpha-2. */
export function ucdpCountry(name: string): string | null {
  const base = name.replace(/\s*\(.*\)$/, '').trim();
  const special: Record<string, string> = {
    'DR Congo': 'CD', 'Congo': 'CG', 'United States of America': 'US', 'Russia': 'RU', 'Myanmar': 'MM', 'Yemen': 'YE',
    'Ivory Coast': 'CI', 'Kingdom of eSwatini': 'SZ', 'Bosnia-Herzegovina': 'BA', 'Serbia': 'RS', 'Cambodia': 'KH',
    'Madagascar': 'MG', 'Zimbabwe': 'ZW', 'Vietnam': 'VN', 'Macedonia': 'MK',
  };
  return special[base] ?? countryOfForm(base);
}

export interface Expect {
  inter: number;
  /** ISO alpha-2; absent: the country where the event happens. */
  country?: string;
  forms: string[];
}

/**
 * News names of the sides UCDP codes most often, and the ACLED pair each should get. The pairs follow ACLED's
 * codebook: rebel groups 2, militias, cartels and gangs 3, communal militias 4, civilians 7; the Houthis hold
 * Sanaa's state and are coded by ACLED as Yemen's (Houthi) forces, 1; the forces of Yemen's recognised
 * government and Libya's eastern (LNA) forces are state forces too.
 */
export const EXPECT: Record<string, Expect> = {
  'Syrian insurgents': { inter: 2, country: 'SY', forms: ['Syrian rebels', 'rebel fighters', 'opposition fighters', 'Free Syrian Army', 'Jaish al-Islam', 'Faylaq al-Rahman', 'Nour al-Din al-Zenki', 'Southern Front', 'armed opposition groups', 'rebel factions'] },
  'IS': { inter: 2, forms: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS militants', 'Islamic State group'] },
  'Taleban': { inter: 2, country: 'AF', forms: ['Taliban', 'Taleban', 'Taliban insurgents', 'Taliban fighters'] },
  'SDF': { inter: 2, country: 'SY', forms: ['Syrian Democratic Forces', 'SDF', 'YPG', 'Kurdish-led forces', 'Kurdish fighters'] },
  'Forces of the Presidential Leadership Council': { inter: 1, country: 'YE', forms: ['Presidential Leadership Council', '~pro-government forces', '~government forces', 'Giants Brigades', 'Yemeni government forces'] },
  'Government of Yemen (North Yemen)': { inter: 1, country: 'YE', forms: ['Houthis', 'Houthi rebels', 'Ansar Allah', 'Houthi fighters', 'Yemeni troops', 'Yemeni army'] },
  'Ansarallah': { inter: 1, country: 'YE', forms: ['Houthis', 'Ansarallah', 'Houthi movement'] },
  'Al-Shabaab': { inter: 2, country: 'SO', forms: ['al-Shabaab', 'al-Shabab', 'Al Shabaab militants', 'Shabaab fighters'] },
  'AQAP': { inter: 2, country: 'YE', forms: ['AQAP', 'al-Qaeda in the Arabian Peninsula', 'al-Qaida in the Arabian Peninsula'] },
  'TTP': { inter: 2, country: 'PK', forms: ['Pakistani Taliban', 'TTP', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan'] },
  'JAS': { inter: 2, country: 'NG', forms: ['Boko Haram', 'JAS', 'Boko Haram insurgents', 'Boko Haram fighters'] },
  'CPP': { inter: 2, country: 'PH', forms: ["New People's Army", 'NPA', 'NPA rebels', 'communist rebels', 'CPP-NPA', 'communist guerrillas'] },
  'SNA': { inter: 2, country: 'SY', forms: ['Syrian National Army', 'Turkish-backed rebels', 'Turkey-backed factions', 'Turkish-backed factions'] },
  'Kashmir insurgents': { inter: 2, country: 'IN', forms: ['Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'Hizbul Mujahideen', 'The Resistance Front', 'militants', 'insurgents'] },
  'CPI-Maoist': { inter: 2, country: 'IN', forms: ['Maoists', 'Maoist rebels', 'Naxals', 'Naxalites', 'CPI (Maoist)', 'Maoist insurgents'] },
  'Sinaloa Cartel': { inter: 3, country: 'MX', forms: ['Sinaloa Cartel', 'Sinaloa cartel', 'Chapitos'] },
  'Los Zetas': { inter: 3, country: 'MX', forms: ['Los Zetas', 'Zetas', 'Cartel del Noreste'] },
  'HTS': { inter: 2, country: 'SY', forms: ['Hayat Tahrir al-Sham', 'HTS', 'Nusra Front', 'Jabhat al-Nusra', 'Jabhat Fateh al-Sham'] },
  'Jabhat Fateh al-Sham': { inter: 2, country: 'SY', forms: ['Jabhat Fateh al-Sham', 'Fateh al-Sham Front', 'Nusra Front'] },
  'Forces of the House of Representatives': { inter: 1, country: 'LY', forms: ['Libyan National Army', 'LNA', "Haftar's forces", 'forces loyal to Khalifa Haftar'] },
  'LNA': { inter: 1, country: 'LY', forms: ['Libyan National Army', 'LNA'] },
  'Jalisco Cartel New Generation': { inter: 3, country: 'MX', forms: ['Jalisco New Generation Cartel', 'CJNG', 'Jalisco cartel', 'Cartel Jalisco Nueva Generación'] },
  'SRF': { inter: 2, country: 'SD', forms: ['Sudan Revolutionary Front', 'SRF', 'JEM rebels', 'Justice and Equality Movement', 'SPLM-North'] },
  'Hawar Kilis Operations Room': { inter: 2, country: 'SY', forms: ['Hawar Kilis Operations Room', 'Turkish-backed rebels'] },
  'PKK': { inter: 2, country: 'TR', forms: ['PKK', "Kurdistan Workers' Party", 'PKK militants'] },
  'Ambazonia insurgents': { inter: 2, country: 'CM', forms: ['Ambazonian separatists', 'Amba boys', 'separatist fighters', 'anglophone separatists', 'separatists', 'Ambazonia Defence Forces'] },
  'Gulf Cartel': { inter: 3, country: 'MX', forms: ['Gulf Cartel', 'Cartel del Golfo'] },
  'Juarez Cartel': { inter: 3, country: 'MX', forms: ['Juarez Cartel', 'Juárez cartel', 'La Linea'] },
  'DPR': { inter: 2, country: 'UA', forms: ["Donetsk People's Republic", 'DPR', 'pro-Russian separatists', 'Russian-backed separatists'] },
  'LPR': { inter: 2, country: 'UA', forms: ["Luhansk People's Republic", 'LPR', 'pro-Russian rebels'] },
  'United Armed Forces of Novorossiya': { inter: 2, country: 'UA', forms: ['pro-Russian separatists', 'pro-Russian rebels', 'separatist forces'] },
  'Republic of Artsakh': { inter: 2, country: 'AZ', forms: ['Nagorno-Karabakh forces', 'Karabakh Armenian forces', 'ethnic Armenian forces'] },
  'Fulani': { inter: 4, country: 'NG', forms: ['Fulani herdsmen', 'Fulani militia', 'herders', 'Fulani gunmen'] },
  'Tiv': { inter: 4, country: 'NG', forms: ['Tiv militia', 'Tiv youths'] },
  'ULA': { inter: 2, country: 'MM', forms: ['Arakan Army', 'United League of Arakan', 'ULA'] },
  'Benghazi Revolutionaries Shura Council': { inter: 2, country: 'LY', forms: ['Benghazi Revolutionaries Shura Council', 'Shura Council of Benghazi Revolutionaries'] },
  'Patani insurgents': { inter: 2, country: 'TH', forms: ['Barisan Revolusi Nasional', 'BRN', 'southern insurgents', 'insurgents'] },
  'al-Qaida': { inter: 2, forms: ['al-Qaeda', 'al-Qaida', 'Al Qaeda'] },
  'ASG': { inter: 2, country: 'PH', forms: ['Abu Sayyaf', 'Abu Sayyaf Group', 'ASG'] },
  'SPLM/A - IO': { inter: 2, country: 'SS', forms: ['SPLM-IO', 'SPLA-IO', 'SPLM/A-IO', 'forces loyal to Riek Machar'] },
  'BIFM': { inter: 2, country: 'PH', forms: ['Bangsamoro Islamic Freedom Fighters', 'BIFF'] },
  'Forces of the Caucasus Emirate': { inter: 2, country: 'RU', forms: ['Caucasus Emirate', 'Imarat Kavkaz'] },
  'Black Axe': { inter: 3, country: 'NG', forms: ['Black Axe', 'cultists', 'cult members'] },
  'Eyie': { inter: 3, country: 'NG', forms: ['Eiye confraternity', 'Eiye cult', 'cultists'] },
  'FARC': { inter: 2, country: 'CO', forms: ['FARC', 'FARC dissidents', 'Revolutionary Armed Forces of Colombia'] },
  'Opponents of Morsi': { inter: 6, country: 'EG', forms: ['protesters', 'demonstrators'] },
  'Supporters of Morsi': { inter: 6, country: 'EG', forms: ['Morsi supporters', 'Muslim Brotherhood supporters', 'protesters'] },
  'Beltrán Leyva Cartel': { inter: 3, country: 'MX', forms: ['Beltrán Leyva Cartel', 'Beltran Leyva'] },
  'Los Caballeros Templarios': { inter: 3, country: 'MX', forms: ['Knights Templar', 'Caballeros Templarios', 'Knights Templar cartel'] },
  'Suqour al-Sham': { inter: 2, country: 'SY', forms: ['Suqour al-Sham', 'Suqour al-Sham brigade'] },
  'Syrian Liberation Front': { inter: 2, country: 'SY', forms: ['Syrian Liberation Front'] },
  'Jaysh al-Islam': { inter: 2, country: 'SY', forms: ['Jaysh al-Islam', 'Jaish al-Islam', 'Army of Islam'] },
  'Ahrar al-Sham': { inter: 2, country: 'SY', forms: ['Ahrar al-Sham'] },
  'KIO': { inter: 2, country: 'MM', forms: ['Kachin Independence Army', 'KIA', 'Kachin Independence Organisation', 'KIO'] },
  'JNIM': { inter: 2, forms: ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Group for the Support of Islam and Muslims'] },
  'PSLF': { inter: 2, country: 'MM', forms: ["Ta'ang National Liberation Army", 'TNLA', 'Palaung State Liberation Front'] },
  'National Front for Liberation': { inter: 2, country: 'SY', forms: ['National Front for Liberation', 'National Liberation Front', 'NFL'] },
  'Southern Front': { inter: 2, country: 'SY', forms: ['Southern Front'] },
  'AQIM': { inter: 2, forms: ['al-Qaeda in the Islamic Maghreb', 'AQIM', 'al-Qaida in the Islamic Maghreb'] },
  'Opponents of Mahdi': { inter: 6, country: 'IQ', forms: ['protesters', 'demonstrators', 'anti-government protesters'] },
  'Opponents of Mansour': { inter: 6, country: 'EG', forms: ['protesters', 'demonstrators'] },
  'Supporters of APC': { inter: 3, country: 'NG', forms: ['APC supporters', 'APC thugs'] },
  'Supporters of PDP': { inter: 3, country: 'NG', forms: ['PDP supporters', 'PDP thugs'] },
  'DPF': { inter: 2, country: 'LY', forms: ['Derna Mujahideen Shura Council', 'Derna Protection Force'] },
  'PYD': { inter: 2, country: 'SY', forms: ['YPG', "People's Protection Units", 'PYD'] },
  // Stone-throwing crowds are rioters in ACLED's terms.
  'Supporters of Kashmir': { inter: 5, country: 'IN', forms: ['stone-pelters', 'stone pelters', 'stone-throwing youths'] },
  'La Familia': { inter: 3, country: 'MX', forms: ['La Familia Michoacana', 'La Familia', 'Familia Michoacana'] },
  'Fatah Halab': { inter: 2, country: 'SY', forms: ['Fatah Halab', 'Fateh Halab'] },
  'UNLFW': { inter: 2, country: 'IN', forms: ['United National Liberation Front of Western South East Asia', 'UNLFW', 'NSCN-K', 'ULFA-I'] },
  'Jaysh Usud al-Sharqiya': { inter: 2, country: 'SY', forms: ['Jaysh Usud al-Sharqiya', 'Lions of the East Army'] },
  'Rahman Corps': { inter: 2, country: 'SY', forms: ['Faylaq al-Rahman', 'Failaq al-Rahman', 'Rahman Corps', 'al-Rahman Legion'] },
  'Sham Legion': { inter: 2, country: 'SY', forms: ['Faylaq al-Sham', 'Sham Legion'] },
  'Nour al-Din Zenki': { inter: 2, country: 'SY', forms: ['Nour al-Din al-Zenki', 'Nour al-Din Zenki', 'Zenki Movement'] },
  'ARS/UIC': { inter: 2, country: 'SO', forms: ['Islamic Courts Union', 'Islamic Courts', 'ICU'] },
  'TTP-KM': { inter: 2, country: 'PK', forms: ['Pakistani Taliban', 'TTP', 'Tehreek-e-Taliban Pakistan'] },
  'TTP-SM': { inter: 2, country: 'PK', forms: ['Pakistani Taliban', 'TTP', 'Tehreek-e-Taliban Pakistan'] },
  'BLA': { inter: 2, country: 'PK', forms: ['Balochistan Liberation Army', 'BLA', 'Baloch separatists', 'Baloch insurgents'] },
  'Euphrates Vulcano': { inter: 2, country: 'SY', forms: ['Euphrates Volcano', 'Burkan al-Furat'] },
  'Sendero Luminoso': { inter: 2, country: 'PE', forms: ['Shining Path', 'Sendero Luminoso'] },
  'Hamas': { inter: 2, country: 'PS', forms: ['Hamas', 'Qassam Brigades'] },
  'KNU': { inter: 2, country: 'MM', forms: ['Karen National Union', 'KNU', 'Karen National Liberation Army', 'KNLA'] },
  'Santa Rosa de Lima Cartel': { inter: 3, country: 'MX', forms: ['Santa Rosa de Lima Cartel'] },
  'Alawite (Lebanon)': { inter: 4, country: 'LB', forms: ['Alawite gunmen', 'Alawite militia'] },
  'Sunni (Lebanon)': { inter: 4, country: 'LB', forms: ['Sunni gunmen', 'Sunni militia'] },
  'ELN': { inter: 2, country: 'CO', forms: ['ELN', 'National Liberation Army', 'ELN guerrillas'] },
  'MNDAA': { inter: 2, country: 'MM', forms: ['MNDAA', 'Myanmar National Democratic Alliance Army', 'Kokang rebels'] },
  'Yan Gora': { inter: 3, country: 'NG', forms: ['Civilian Joint Task Force', 'CJTF', 'vigilantes', 'Yan Gora'] },
  'anti-Balaka': { inter: 4, country: 'CF', forms: ['anti-Balaka', 'anti-balaka militias'] },
  'Zintan Military Council': { inter: 3, country: 'LY', forms: ['Zintan militias', 'Zintan brigades', 'Zintan Military Council'] },
  'Los Rojos': { inter: 3, country: 'MX', forms: ['Los Rojos'] },
  'Jaysh al-Sanadid': { inter: 3, country: 'SY', forms: ['Jaysh al-Sanadid', 'Al-Sanadid Forces'] },
  'Khabour Guards': { inter: 3, country: 'SY', forms: ['Khabour Guards'] },
  'MFS': { inter: 3, country: 'SY', forms: ['Syriac Military Council', 'Syriac Military Council'] },
  'MNLF - NM': { inter: 2, country: 'PH', forms: ['Moro National Liberation Front', 'MNLF'] },
  'Cartel Independiente de Acapulco': { inter: 3, country: 'MX', forms: ['Cartel Independiente de Acapulco', 'Independent Cartel of Acapulco'] },
  'La Barredora': { inter: 3, country: 'MX', forms: ['La Barredora'] },
  'ADF': { inter: 2, country: 'CD', forms: ['Allied Democratic Forces', 'ADF', 'ADF rebels'] },
  'Ibadite': { inter: 4, country: 'DZ', forms: ['Ibadite Mozabites', 'Mozabites'] },
  'Malikite': { inter: 4, country: 'DZ', forms: ['Malikite Arabs', 'Chaamba Arabs'] },
  'Hindus (India)': { inter: 4, country: 'IN', forms: ['Hindu mob', 'Hindu groups'] },
  'Muslims (India)': { inter: 4, country: 'IN', forms: ['Muslim mob', 'Muslim groups'] },
  'Renamo': { inter: 2, country: 'MZ', forms: ['Renamo', 'Renamo fighters'] },
  'PJAK': { inter: 2, country: 'IR', forms: ['PJAK', 'Free Life Party of Kurdistan'] },
  'OPM': { inter: 2, country: 'ID', forms: ['Free Papua Movement', 'OPM', 'West Papua National Liberation Army', 'TPNPB'] },
  "Harakit Sawa'id Misr": { inter: 2, country: 'EG', forms: ['Hasm', 'Hasm movement', 'Harakat Sawaed Misr'] },
  'Birom': { inter: 4, country: 'NG', forms: ['Berom youths', 'Berom militia'] },
  'Jukun': { inter: 4, country: 'NG', forms: ['Jukun militia', 'Jukun youths'] },
  'Hausa': { inter: 4, country: 'NG', forms: ['Hausa youths', 'Hausa militia'] },
  'La Nueva Familia': { inter: 3, country: 'MX', forms: ['La Nueva Familia Michoacana', 'Nueva Familia Michoacana'] },
  'Los Ardillos': { inter: 3, country: 'MX', forms: ['Los Ardillos'] },
  'Opponents of Maduro': { inter: 6, country: 'VE', forms: ['opposition protesters', 'anti-government protesters'] },
  'Opponents of Koirala': { inter: 2, country: 'NP', forms: ['Maoists', 'Maoist rebels'] },
  'NDV': { inter: 3, country: 'NG', forms: ['Niger Delta Vigilante', 'Niger Delta militants'] },
  'Ansar Bayt al-Maqdis': { inter: 2, country: 'EG', forms: ['Ansar Bayt al-Maqdis', 'Ansar Beit al-Maqdis', 'Sinai Province'] },
  'Turkana': { inter: 4, country: 'KE', forms: ['Turkana herders', 'Turkana militia'] },
  'Islah': { inter: 3, country: 'YE', forms: ['Islah party militia', 'Islah militia'] },
  'ARSA': { inter: 2, country: 'MM', forms: ['Arakan Rohingya Salvation Army', 'ARSA'] },
  'Aknaf Bait al-Maqdis': { inter: 2, country: 'SY', forms: ['Aknaf Bait al-Maqdis'] },
  'Sons of Yarmouk Movement': { inter: 2, country: 'SY', forms: ['Sons of Yarmouk'] },
  '23rd Division': { inter: 2, country: 'SY', forms: ['23rd Division', 'Turkish-backed factions'] },
  'Jaysh al Nasr': { inter: 2, country: 'SY', forms: ['Jaysh al-Nasr', 'Jaish al-Nasr'] },
  'Jaysh al-Nukhba': { inter: 2, country: 'SY', forms: ['Jaysh al-Nukhba'] },
  'FSA': { inter: 2, country: 'SY', forms: ['Free Syrian Army', 'FSA'] },
  'SLM/A': { inter: 2, country: 'SD', forms: ['Sudan Liberation Army', 'SLA', 'SLM/A', 'Sudan Liberation Movement'] },
  'Christians (Nigeria)': { inter: 4, country: 'NG', forms: ['Christian youths', 'Christian militia'] },
  'Muslims (Nigeria)': { inter: 4, country: 'NG', forms: ['Muslim youths', 'Muslim militia'] },
  'Opponents of Ortega': { inter: 6, country: 'NI', forms: ['anti-government protesters', 'protesters'] },
  'Supporters of Palestine': { inter: 6, country: 'IL', forms: ['Palestinian protesters', 'protesters'] },
  'Christians (CAR)': { inter: 4, country: 'CF', forms: ['anti-Balaka', 'Christian militia'] },
  'Muslims (CAR)': { inter: 4, country: 'CF', forms: ['Seleka', 'ex-Seleka', 'Muslim militia'] },
  'Libya Dawn': { inter: 3, country: 'LY', forms: ['Libya Dawn', 'Fajr Libya'] },
  'SVC': { inter: 3, country: 'NG', forms: ['vigilantes', 'Vigilante Group of Nigeria'] },
  'Oromo': { inter: 4, country: 'ET', forms: ['Oromo militia', 'Oromo youths'] },
  'Opponents of Conde': { inter: 6, country: 'GN', forms: ['protesters', 'opposition protesters'] },
  'Martyr Lieutenant Ahmed Abdou Brigades': { inter: 2, country: 'SY', forms: ['Martyr Ahmed Abdou Brigades', 'Martyr Lieutenant Ahmed Abdou Brigades'] },
  'Liwa al-Aqsa': { inter: 2, country: 'SY', forms: ['Liwa al-Aqsa'] },
  'Kamuina Nsapu': { inter: 3, country: 'CD', forms: ['Kamuina Nsapu', 'Kamuina Nsapu militiamen'] },
  'ASWJ': { inter: 2, country: 'MZ', forms: ['ASWJ', 'Ahlu Sunnah Wa-Jama', 'Islamic State Mozambique'] },
  'STC': { inter: 3, country: 'YE', forms: ['Southern Transitional Council', 'STC', 'southern separatists', 'Security Belt forces'] },
};

/** Institutions and forms of a state's forces that a demonym plus "troops" does not cover. */
export const STATE_FORMS: Record<string, string[]> = {
  SY: ['Syrian Arab Army', 'Syrian army', '~regime forces', '~pro-regime forces', 'Assad forces', '~the army'],
  AF: ['Afghan National Army', 'Afghan forces', 'Afghan security forces', 'ANDSF', 'Afghan National Police', 'Afghan police', 'Afghan commandos'],
  IQ: ['Iraqi Security Forces', 'Iraqi army', 'Iraqi forces', 'Iraqi Counter-Terrorism Service', 'Iraqi federal police'],
  YE: ['Yemeni troops'],
  IN: ['Indian Army', '~security forces', 'CRPF personnel', 'Central Reserve Police Force', 'Border Security Force', 'BSF', 'Indian troops', 'Assam Rifles', 'Rashtriya Rifles'],
  SO: ['Somali National Army', 'Somali forces', 'Somali troops', 'Somali soldiers'],
  PK: ['Pakistan Army', 'Pakistani troops', 'Frontier Corps', '~security forces', 'Pakistani security forces', 'Counter-Terrorism Department'],
  PH: ['Armed Forces of the Philippines', 'Philippine Army', 'Philippine troops', '~government troops', 'Philippine National Police'],
  NG: ['Nigerian Army', 'Nigerian troops', 'Nigerian military', 'Nigerian soldiers', 'Nigerian Air Force'],
  SD: ['Sudanese Armed Forces', 'Sudanese army', 'SAF'],
  MM: ['Tatmadaw', '~junta troops', 'Myanmar military', 'Myanmar army', '~regime troops'],
  UA: ['Ukrainian forces', 'Armed Forces of Ukraine', 'Ukrainian army', 'Ukrainian troops'],
  LY: ['Government of National Accord', 'GNA forces', 'forces loyal to the Government of National Accord'],
  EG: ['Egyptian army', 'Egyptian security forces', 'Egyptian troops'],
  CM: ['Cameroonian soldiers', 'Cameroonian army', 'Cameroonian troops', 'Rapid Intervention Battalion'],
  TR: ['Turkish forces', 'Turkish army', 'Turkish troops', 'Turkish Armed Forces'],
  AZ: ['Azerbaijani forces', 'Azerbaijani army'],
  RU: ['Russian forces', 'Russian troops', 'Russian army'],
  US: ['US forces', 'American troops', 'US military', 'U.S. drone'],
  ML: ['Malian army', 'Malian soldiers', 'FAMa', 'Malian Armed Forces'],
  CO: ['Colombian army', 'Colombian troops', 'Colombian police'],
  MX: ['Mexican army', '~National Guard', 'Mexican soldiers', 'Mexican police'],
  IL: ['Israeli forces', 'Israeli troops', 'IDF', 'Israel Defense Forces'],
  IR: ['Iranian forces', 'Revolutionary Guards', 'IRGC'],
  SS: ['South Sudanese army', 'SPLA', 'South Sudan People\'s Defence Forces', 'SSPDF'],
  TH: ['Thai troops', 'Thai soldiers', '~rangers'],
  CD: ['FARDC', 'Congolese army', 'Congolese soldiers'],
  BF: ['Burkinabe soldiers', 'Burkinabe army', 'Burkina Faso army'],
  ET: ['Ethiopian army', 'ENDF', 'Ethiopian forces', 'Ethiopian National Defense Force'],
  KE: ['Kenyan troops', 'Kenya Defence Forces', 'KDF'],
  NE: ['Nigerien army', 'Nigerien soldiers'],
  TD: ['Chadian army', 'Chadian soldiers'],
  MZ: ['Mozambican army', 'Mozambican soldiers'],
};

export function governmentExpect(iso: string): Expect {
  const info = countryInfo(iso);
  const forms = new Set(STATE_FORMS[iso] ?? []);
  if (info) forms.add(`${info.name}'s military`);
  return { inter: 1, country: iso, forms: [...forms] };
}

/** The ucdp-aec train split (the only split evaluation scripts may read); null when absent. */
export function ucdpTrainFile(): string | null {
  const path = join(DATA, 'ucdp-aec', 'data', 'UCDP-AEC-ids', 'train.jsonl');
  return existsSync(path) ? path : null;
}

export interface SideStat { side: string; loc: string; events: number; }

/**
 * UCDP side mentions of the train split, one per side and location country: a side naming several groups
 * ("23rd Division, Ahrar al-Sham, SNA") counts once for each.
 */
export function ucdpSides(path: string): { sides: SideStat[]; total: number } {
  const count = new Map<string, SideStat>();
  let total = 0;
  for (const l of readLines(path)) {
    const r = JSON.parse(l) as { side_a_name: string; side_b_name: string; location_root_name: string };
    const loc = ucdpCountry(r.location_root_name) ?? '??';
    for (const whole of [r.side_a_name, r.side_b_name])
      for (const side of whole.split(/,\s+/)) {
        const k = `${side}|${loc}`;
        const s = count.get(k) ?? { side, loc, events: 0 };
        s.events++;
        total++;
        count.set(k, s);
      }
  }
  return { sides: [...count.values()].sort((a, b) => b.events - a.events), total };
}

/** The expectation for a UCDP side where the event happens in `loc`: state forces abroad become inter 8. */
export function expectFor(side: string, loc: string): Expect | undefined {
  const gov = /^Government of (.+)$/.exec(side);
  let exp: Expect | undefined;
  if (gov) {
    const iso = ucdpCountry(gov[1]!);
    exp = iso ? governmentExpect(iso) : undefined;
  } else if (side === 'Civilians') exp = { inter: 7, forms: ['civilians', 'villagers', 'residents'] };
  else exp = EXPECT[side] ?? EXPECT[side.replace(/\s*\(.*\)$/, '')];
  if (!exp) return undefined;
  const country = exp.country ?? loc;
  // A state's forces abroad are foreign forces (8), and only forms that name the state can tell them apart.
  if (exp.inter === 1 && country !== loc) exp = { ...exp, inter: 8, forms: exp.forms.filter((f) => !f.startsWith('~')) };
  return { ...exp, country, forms: exp.forms.map((f) => f.replace(/^~/, '')) };
}
