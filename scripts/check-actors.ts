/**
 * How well the actors component (src/extract/actors.ts over data/lexicons/actors.json) generalises beyond
 * the dev set. Reads the public data in ../shared/data at run time (never copied into the repo) and prints:
 *
 *  A. UCDP coverage: the sides UCDP codes most often (ucdp-aec train split only; the validation and test
 *     splits are held out) that together cover 95% of side mentions. Each side has here the names news
 *     outlets use for it and the ACLED [inter, country] pair it should get; each name is put in a sentence
 *     and must come back as an actor with that pair. Sides without an expectation count as misses.
 *  B. re3d (Syria/Iraq documents): recall of the parties to "fighting against" / "allies of" relations (armed
 *     actors by the annotators' reading) and of all Organisation spans, and the share of named actors we find
 *     that re3d annotates as some entity (a precision proxy).
 *  C. cameo-actor-sentences: recall of source/target actor spans, and the share of our actors inside one.
 *  D. muc4-grit: recall of perpetrator organisations (the texts are upper-case; names are title-cased).
 *  E. satp-relevant: share of South Asian incident summaries in which an armed actor is found, by type.
 *  F. wikievents (dev split only): recall of the Attacker/Killer and Victim/Target arguments of attack and
 *     killing events, as actor spans.
 *
 * Usage: npx tsx scripts/check-actors.ts [--verbose]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findActors } from '../src/extract/actors.js';
import { countryOfForm, countryInfo } from '../src/extract/countries.js';
import { DATA, muc4File, pct, re3dDirs, readLines, satpFile, wikieventsFile } from './public-data.js';

const verbose = process.argv.includes('--verbose');
const lines = readLines;

// ---------------------------------------------------------------------------------------------------------
// A. UCDP sides
// ---------------------------------------------------------------------------------------------------------

/** UCDP's country names with their historical suffixes → ISO alpha-2. */
function ucdpCountry(name: string): string | null {
  const base = name.replace(/\s*\(.*\)$/, '').trim();
  const special: Record<string, string> = {
    'DR Congo': 'CD', 'Congo': 'CG', 'United States of America': 'US', 'Russia': 'RU', 'Myanmar': 'MM', 'Yemen': 'YE',
    'Ivory Coast': 'CI', 'Kingdom of eSwatini': 'SZ', 'Bosnia-Herzegovina': 'BA', 'Serbia': 'RS', 'Cambodia': 'KH',
    'Madagascar': 'MG', 'Zimbabwe': 'ZW', 'Vietnam': 'VN', 'Macedonia': 'MK',
  };
  return special[base] ?? countryOfForm(base);
}

interface Expect {
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
const EXPECT: Record<string, Expect> = {
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
  'STC': { inter: 3, country: 'YE', forms: ['Southern Transitional Council', 'STC', 'southern separatists', 'Security Belt forces'] },
};

/** Institutions and forms of a state's forces that a demonym plus "troops" does not cover. */
const STATE_FORMS: Record<string, string[]> = {
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

function governmentExpect(iso: string): Expect {
  const info = countryInfo(iso);
  const forms = new Set(STATE_FORMS[iso] ?? []);
  if (info) forms.add(`${info.name}'s military`);
  return { inter: 1, country: iso, forms: [...forms] };
}

interface SideStat { side: string; loc: string; events: number; }

function ucdpCoverage() {
  const path = join(DATA, 'ucdp-aec', 'data', 'UCDP-AEC-ids', 'train.jsonl');
  if (!existsSync(path)) return console.log('A. ucdp-aec train split not found; skipped');
  const count = new Map<string, SideStat>();
  let total = 0;
  for (const l of lines(path)) {
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
  const ranked = [...count.values()].sort((a, b) => b.events - a.events);
  const top: SideStat[] = [];
  let cum = 0;
  for (const s of ranked) {
    if (cum >= 0.95 * total) break;
    top.push(s);
    cum += s.events;
  }
  let coveredEvents = 0, formsOk = 0, formsAll = 0, sidesOk = 0, noExpect = 0;
  const misses: string[] = [];
  for (const s of top) {
    const gov = /^Government of (.+)$/.exec(s.side);
    let exp: Expect | undefined;
    if (gov) {
      const iso = ucdpCountry(gov[1]!);
      exp = iso ? governmentExpect(iso) : undefined;
    } else if (s.side === 'Civilians') exp = { inter: 7, forms: ['civilians', 'villagers', 'residents'] };
    else exp = EXPECT[s.side] ?? EXPECT[s.side.replace(/\s*\(.*\)$/, '')];
    if (!exp) {
      noExpect += s.events;
      misses.push(`${s.side} [${s.loc}] ×${s.events}: no expectation written`);
      continue;
    }
    const country = exp.country ?? s.loc;
    // A state's forces abroad are foreign forces (8), and only forms that name the state can tell them apart.
    if (exp.inter === 1 && country !== s.loc) exp = { ...exp, inter: 8, forms: exp.forms.filter((f) => !f.startsWith('~')) };
    exp = { ...exp, forms: exp.forms.map((f) => f.replace(/^~/, '')) };
    const bad: string[] = [];
    for (const form of exp.forms) {
      const sentence = `On Monday, ${form} attacked a village near the town.`;
      const at = sentence.indexOf(form);
      const found = findActors(sentence, s.loc).filter((a) => a.start < at + form.length && at < a.end);
      formsAll++;
      if (found.some((a) => a.inter === exp.inter && a.country === country)) formsOk++;
      else bad.push(`"${form}" → ${found.map((a) => `${a.key} [${a.inter}, ${a.country}]`).join(' + ') || 'nothing'}`);
    }
    const share = (exp.forms.length - bad.length) / exp.forms.length;
    coveredEvents += s.events * share;
    if (!bad.length) sidesOk++;
    else misses.push(`${s.side} [${s.loc}] ×${s.events} want [${exp.inter}, ${country}]: ${bad.join('; ')}`);
  }
  console.log(`A. UCDP sides (train split): ${top.length} sides cover 95% of ${total} side mentions`);
  console.log(`   sides with every news form right   ${sidesOk}/${top.length} (${pct(sidesOk, top.length)})`);
  console.log(`   news forms right                    ${formsOk}/${formsAll} (${pct(formsOk, formsAll)})`);
  console.log(`   event-weighted coverage             ${pct(coveredEvents, cum)}   (no expectation written: ${pct(noExpect, cum)})`);
  for (const m of misses.slice(0, verbose ? 1000 : 25)) console.log(`     miss ${m}`);
  if (!verbose && misses.length > 25) console.log(`     … ${misses.length - 25} more (--verbose)`);
}

// ---------------------------------------------------------------------------------------------------------
// B. re3d
// ---------------------------------------------------------------------------------------------------------

interface Span { start: number; end: number; type: string; text: string }
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const namedFamily = (key: string) => !['civilians', 'protesters', 'rioters'].includes(key);

function re3d() {
  const dirs = re3dDirs();
  if (!dirs.length) return console.log('B. re3d not found; skipped');
  let orgs = 0, orgHit = 0, ours = 0, oursIn = 0, fighters = 0, fighterHit = 0;
  const fighterMissed = new Map<string, number>();
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  for (const dir of dirs) {
    const docs = lines(join(dir, 'documents.json')).map((l) => JSON.parse(l) as { _id: string; text: string });
    const ents = lines(join(dir, 'entities.json')).map((l) => JSON.parse(l) as { documentId: string; begin: number; end: number; type: string; value: string });
    const rels = lines(join(dir, 'relations.json')).map((l) => JSON.parse(l) as { documentId: string; type: string; source: string; target: string; sourceBegin: number; sourceEnd: number; targetBegin: number; targetEnd: number });
    for (const d of docs) {
      const spans: Span[] = ents.filter((e) => e.documentId === d._id).map((e) => ({ start: e.begin, end: e.end, type: e.type, text: e.value }));
      const found = findActors(d.text, 'SY');
      // The parties of "FightingAgainst" / "AlliesOf" relations are armed actors by the annotators' reading.
      const seen = new Set<string>();
      for (const r of rels.filter((x) => x.documentId === d._id && (x.type === 'FightingAgainst' || x.type === 'AlliesOf')))
        for (const sp of [{ start: r.sourceBegin, end: r.sourceEnd, text: r.source }, { start: r.targetBegin, end: r.targetEnd, text: r.target }]) {
          if (seen.has(`${sp.start}`) || /^(?:we|they|it|he|she|us|them|our|their|who|which)$/i.test(sp.text)) continue;
          seen.add(`${sp.start}`);
          fighters++;
          if (found.some((a) => overlaps(a, sp))) fighterHit++;
          else fighterMissed.set(sp.text, (fighterMissed.get(sp.text) ?? 0) + 1);
        }
      for (const o of spans.filter((s) => s.type === 'Organisation')) {
        orgs++;
        if (found.some((a) => overlaps(a, o))) orgHit++;
        else missed.set(o.text, (missed.get(o.text) ?? 0) + 1);
      }
      for (const a of found.filter((x) => namedFamily(x.key))) {
        ours++;
        if (spans.some((s) => overlaps(a, s) && ['Organisation', 'Nationality', 'Person', 'MilitaryPlatform', 'Vehicle', 'Location'].includes(s.type))) oursIn++;
        else spurious.set(`${a.text} (${a.key})`, (spurious.get(`${a.text} (${a.key})`) ?? 0) + 1);
      }
    }
  }
  console.log(`B. re3d: Organisation spans found ${orgHit}/${orgs} (${pct(orgHit, orgs)}); our armed actors inside an annotated entity ${oursIn}/${ours} (${pct(oursIn, ours)})`);
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join('; ');
  console.log(`   parties to "fighting against" / "allies of" relations found ${fighterHit}/${fighters} (${pct(fighterHit, fighters)})`);
  console.log(`     missed parties: ${top(fighterMissed, verbose ? 60 : 25)}`);
  console.log(`     most missed organisations: ${top(missed, verbose ? 80 : 30)}`);
  console.log(`     ours outside any entity: ${top(spurious, verbose ? 60 : 20)}`);
}

// ---------------------------------------------------------------------------------------------------------
// C. cameo-actor-sentences
// ---------------------------------------------------------------------------------------------------------

function cameo() {
  const dir = join(DATA, 'cameo-actor-sentences', 'data', 'cameo_ner');
  if (!existsSync(dir)) return console.log('C. cameo-actor-sentences not found; skipped');
  let gold = 0, hit = 0, ours = 0, oursIn = 0;
  const missed = new Map<string, number>();
  const outside = new Map<string, number>();
  for (const file of ['train.txt', 'test.txt']) {
    const blocks = readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/);
    for (const b of blocks) {
      const toks = b.split('\n').filter((l) => l.trim()).map((l) => { const i = l.lastIndexOf(' '); return { w: l.slice(0, i), t: l.slice(i + 1) }; });
      if (!toks.length) continue;
      let text = '';
      const spans: Span[] = [];
      let cur: Span | null = null;
      for (const { w, t } of toks) {
        const noSpace = /^[,.;:!?)'’]|^'s$|^n't$/.test(w) || text.endsWith('(') || !text;
        if (!noSpace) text += ' ';
        const start = text.length;
        text += w;
        if (t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== t.slice(2)))) {
          cur = { start, end: text.length, type: t.slice(2), text: w };
          spans.push(cur);
        } else if (t.startsWith('I-') && cur) {
          cur.end = text.length;
          cur.text = text.slice(cur.start, cur.end);
        } else cur = null;
      }
      const found = findActors(text, null);
      for (const s of spans) {
        gold++;
        if (found.some((a) => overlaps(a, s))) hit++;
        else missed.set(s.text, (missed.get(s.text) ?? 0) + 1);
      }
      for (const a of found) {
        ours++;
        if (spans.some((s) => overlaps(a, s))) oursIn++;
        else outside.set(`${a.text} (${a.key})`, (outside.get(`${a.text} (${a.key})`) ?? 0) + 1);
      }
    }
  }
  console.log(`C. cameo: source/target spans found ${hit}/${gold} (${pct(hit, gold)}); our actors inside a span ${oursIn}/${ours} (${pct(oursIn, ours)})`);
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join('; ');
  if (verbose) console.log(`     missed: ${top(missed, 80)}`);
  console.log(`     ours outside spans: ${top(outside, verbose ? 60 : 20)}`);
}

// ---------------------------------------------------------------------------------------------------------
// D. muc4-grit
// ---------------------------------------------------------------------------------------------------------

/** MUC-4 is upper-case: words become Title Case, short ones that are not common words stay acronyms (FMLN, ELN). */
const COMMON = new Set('THE OF AND IN FOR ARMY AIR LEFT UNIT PATH LAND WORK MAY HIGH CIVIC FORCE FRONT GROUP UNION MARTI OWLS LOS LA LAS EL DE DEL DEATH SQUAD ARMED RIGHT NEW RED'.split(' '));
const titleCase = (s: string) => s.split(/(\s+)/).map((w, i) => {
  if (/\s/.test(w) || (w.length <= 5 && !COMMON.has(w.replace(/\W/g, '')))) return w;
  const t = w.charAt(0) + w.slice(1).toLowerCase();
  return i > 0 && /^(?:The|Of|And|In|For)$/.test(t) ? t.toLowerCase() : t;
}).join('');

function muc4() {
  if (!existsSync(muc4File('train'))) return console.log('D. muc4-grit not found; skipped');
  const names = new Map<string, number>();
  for (const split of ['train', 'dev']) {
    const d = JSON.parse(readFileSync(muc4File(split), 'utf8')) as Record<string, { roles: Record<string, string[][]> }>;
    for (const v of Object.values(d)) for (const cluster of v.roles.perp_organization_id ?? []) { const n = cluster[0]!; names.set(n, (names.get(n) ?? 0) + 1); }
  }
  let all = 0, hit = 0;
  const missed: string[] = [];
  for (const [n, c] of names) {
    const name = titleCase(n);
    const s = `Yesterday ${name} attacked the town.`;
    const at = s.indexOf(name);
    all += c;
    if (findActors(s, 'CO').some((a) => a.start < at + name.length && at < a.end && a.inter !== 7)) hit += c;
    else missed.push(`${name} ×${c}`);
  }
  console.log(`D. muc4 perpetrator organisations (title-cased) found as armed actors: ${hit}/${all} (${pct(hit, all)})`);
  console.log(`     missed: ${missed.slice(0, verbose ? 100 : 20).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// E. satp-relevant
// ---------------------------------------------------------------------------------------------------------

function satp() {
  if (!existsSync(satpFile('train'))) return console.log('E. satp-relevant not found; skipped');
  let n = 0, armed = 0;
  const byKey = new Map<string, number>();
  const none: string[] = [];
  for (const split of ['train', 'dev']) {
    for (const l of lines(satpFile(split))) {
      const text = l.split('\t')[0]!;
      n++;
      const found = findActors(text, 'IN').filter((a) => [1, 2, 3, 4, 8].includes(a.inter));
      if (found.length) armed++;
      else if (none.length < 12) none.push(text.slice(0, 160));
      for (const k of new Set(found.map((a) => `${a.key}/${a.inter}`))) byKey.set(k, (byKey.get(k) ?? 0) + 1);
    }
  }
  console.log(`E. satp: summaries with an armed actor ${armed}/${n} (${pct(armed, n)})`);
  console.log(`     keys: ${[...byKey.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  if (verbose) for (const t of none) console.log(`     none: ${t}`);
}

// ---------------------------------------------------------------------------------------------------------
// F. wikievents (dev split)
// ---------------------------------------------------------------------------------------------------------

function wikievents() {
  const path = wikieventsFile('dev');
  if (!existsSync(path)) return console.log('F. wikievents not found; skipped');
  type Tok = [string, number, number];
  const roles = { attacker: [0, 0], victim: [0, 0] };
  const missed = { attacker: new Map<string, number>(), victim: new Map<string, number>() };
  for (const l of lines(path)) {
    const d = JSON.parse(l) as { text: string; sentences: [Tok[], string][]; entity_mentions: { id: string; start: number; end: number; entity_type: string; text: string }[]; event_mentions: { event_type: string; arguments: { entity_id: string; role: string }[] }[] };
    const toks = d.sentences.flatMap((s) => s[0]);
    // The token offsets index a text joined slightly differently from `text`: rebuild that text from them.
    const buf = Array<string>(Math.max(0, ...toks.map((t) => t[2]))).fill(' ');
    for (const [w, a] of toks) for (let i = 0; i < w.length; i++) buf[a + i] = w[i]!;
    const found = findActors(buf.join(''), null);
    const ents = new Map(d.entity_mentions.map((e) => [e.id, e]));
    const seen = new Set<string>();
    for (const ev of d.event_mentions) {
      if (!/^(?:Conflict\.Attack|Life\.Die|Life\.Injure)/.test(ev.event_type)) continue;
      for (const arg of ev.arguments) {
        const kind = /^(?:Attacker|Killer)$/.test(arg.role) ? 'attacker' : /^(?:Victim|Target)$/.test(arg.role) ? 'victim' : null;
        const e = ents.get(arg.entity_id);
        if (!kind || !e || !['PER', 'ORG', 'GPE'].includes(e.entity_type) || seen.has(`${kind}|${e.id}`)) continue;
        seen.add(`${kind}|${e.id}`);
        const span = { start: toks[e.start]![1], end: toks[e.end - 1]![2] };
        roles[kind][1]++;
        if (found.some((a) => overlaps(a, span))) roles[kind][0]++;
        else missed[kind].set(e.text, (missed[kind].get(e.text) ?? 0) + 1);
      }
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join('; ');
  console.log(`F. wikievents dev: attackers/killers found ${roles.attacker[0]}/${roles.attacker[1]} (${pct(roles.attacker[0], roles.attacker[1])}); victims/targets ${roles.victim[0]}/${roles.victim[1]} (${pct(roles.victim[0], roles.victim[1])})`);
  console.log(`     missed attackers: ${top(missed.attacker, verbose ? 60 : 20)}`);
  if (verbose) console.log(`     missed victims: ${top(missed.victim, 60)}`);
}

ucdpCoverage();
re3d();
cameo();
muc4();
satp();
wikievents();
