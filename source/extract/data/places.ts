// General world-knowledge place gazetteer, kept as compact text so it stays easy to extend.
// Country lines: "Canonical|alias|alias#demonym,demonym" (demonyms are adjectives/plurals,
// never actors themselves, but they tell an actor's nationality: "Ukrainian President ...").

export const COUNTRIES = `
Afghanistan#Afghan,Afghans
Albania#Albanian,Albanians
Algeria#Algerian,Algerians
Andorra#Andorran
Angola#Angolan,Angolans
Argentina#Argentine,Argentinian,Argentines,Argentinians
Armenia#Armenian,Armenians
Australia#Australian,Australians
Austria#Austrian,Austrians
Azerbaijan#Azerbaijani,Azerbaijanis
Bahamas|The Bahamas#Bahamian
Bahrain#Bahraini,Bahrainis
Bangladesh#Bangladeshi,Bangladeshis
Barbados#Barbadian
Belarus#Belarusian,Belarusians
Belgium#Belgian,Belgians
Belize#Belizean
Benin#Beninese
Bhutan#Bhutanese
Bolivia#Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia#Bosnian,Bosnians
Botswana#Botswanan
Brazil#Brazilian,Brazilians
Brunei#Bruneian
Bulgaria#Bulgarian,Bulgarians
Burkina Faso#Burkinabe
Burundi#Burundian
Cambodia#Cambodian,Cambodians
Cameroon#Cameroonian,Cameroonians
Canada#Canadian,Canadians
Cape Verde#Cape Verdean
Central African Republic|CAR#Central African
Chad#Chadian,Chadians
Chile#Chilean,Chileans
China|PRC|People's Republic of China#Chinese
Colombia#Colombian,Colombians
Comoros#Comorian
Democratic Republic of the Congo|DRC|DR Congo#Congolese
Republic of the Congo|Congo-Brazzaville
Costa Rica#Costa Rican
Croatia#Croatian,Croatians
Cuba#Cuban,Cubans
Cyprus#Cypriot,Cypriots
Czech Republic|Czechia#Czech,Czechs
Denmark#Danish,Danes
Djibouti#Djiboutian
Dominican Republic#Dominican
Ecuador#Ecuadorian,Ecuadorians
Egypt#Egyptian,Egyptians
El Salvador#Salvadoran,Salvadorans
Equatorial Guinea
Eritrea#Eritrean,Eritreans
Estonia#Estonian,Estonians
Eswatini|Swaziland
Ethiopia#Ethiopian,Ethiopians
Fiji#Fijian
Finland#Finnish,Finns
France#French
Gabon#Gabonese
Gambia|The Gambia#Gambian
Georgia#Georgian,Georgians
Germany#German,Germans
Ghana#Ghanaian,Ghanaians
Greece#Greek,Greeks
Grenada
Guatemala#Guatemalan,Guatemalans
Guinea#Guinean
Guinea-Bissau
Guyana#Guyanese
Haiti#Haitian,Haitians
Honduras#Honduran,Hondurans
Hungary#Hungarian,Hungarians
Iceland#Icelandic,Icelanders
India#Indian,Indians
Indonesia#Indonesian,Indonesians
Iran#Iranian,Iranians
Iraq#Iraqi,Iraqis
Ireland|Republic of Ireland#Irish
Israel#Israeli,Israelis
Italy#Italian,Italians
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire#Ivorian
Jamaica#Jamaican,Jamaicans
Japan#Japanese
Jordan#Jordanian,Jordanians
Kazakhstan#Kazakh,Kazakhs
Kenya#Kenyan,Kenyans
Kosovo#Kosovar,Kosovars
Kuwait#Kuwaiti,Kuwaitis
Kyrgyzstan#Kyrgyz
Laos#Laotian
Latvia#Latvian,Latvians
Lebanon#Lebanese
Lesotho
Liberia#Liberian,Liberians
Libya#Libyan,Libyans
Liechtenstein
Lithuania#Lithuanian,Lithuanians
Luxembourg
Madagascar#Malagasy
Malawi#Malawian
Malaysia#Malaysian,Malaysians
Maldives#Maldivian
Mali#Malian,Malians
Malta#Maltese
Mauritania#Mauritanian
Mauritius#Mauritian
Mexico#Mexican,Mexicans
Moldova#Moldovan,Moldovans
Monaco
Mongolia#Mongolian,Mongolians
Montenegro#Montenegrin
Morocco#Moroccan,Moroccans
Mozambique#Mozambican
Myanmar|Burma#Burmese
Namibia#Namibian
Nepal#Nepali,Nepalese
Netherlands|The Netherlands|Holland#Dutch
New Zealand#New Zealander,New Zealanders
Nicaragua#Nicaraguan
Niger#Nigerien
Nigeria#Nigerian,Nigerians
North Korea|DPRK#North Korean,North Koreans
North Macedonia|Macedonia#Macedonian
Norway#Norwegian,Norwegians
Oman#Omani
Pakistan#Pakistani,Pakistanis
Palestine|Palestinian territories#Palestinian,Palestinians
Panama#Panamanian
Papua New Guinea
Paraguay#Paraguayan
Peru#Peruvian,Peruvians
Philippines|The Philippines#Filipino,Filipinos,Philippine
Poland#Polish,Poles
Portugal#Portuguese
Qatar#Qatari,Qataris
Romania#Romanian,Romanians
Russia|Russian Federation#Russian,Russians
Rwanda#Rwandan,Rwandans
Saudi Arabia#Saudi,Saudis
Senegal#Senegalese
Serbia#Serbian,Serbs
Sierra Leone#Sierra Leonean
Singapore#Singaporean
Slovakia#Slovak,Slovaks
Slovenia#Slovenian,Slovenians
Somalia#Somali,Somalis
South Africa#South African,South Africans
South Korea|Republic of Korea|ROK#South Korean,South Koreans
South Sudan#South Sudanese
Spain#Spanish,Spaniards
Sri Lanka#Sri Lankan
Sudan#Sudanese
Suriname
Sweden#Swedish,Swedes
Switzerland#Swiss
Syria#Syrian,Syrians
Taiwan#Taiwanese
Tajikistan#Tajik
Tanzania#Tanzanian
Thailand#Thai
Togo#Togolese
Trinidad and Tobago
Tunisia#Tunisian,Tunisians
Turkey|Türkiye|Turkiye#Turkish,Turks
Turkmenistan#Turkmen
Uganda#Ugandan,Ugandans
Ukraine#Ukrainian,Ukrainians
United Arab Emirates|UAE|U.A.E.#Emirati,Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain#British,Britons
United States|US|U.S.|USA|U.S.A.|United States of America|America#American,Americans
Uruguay#Uruguayan
Uzbekistan#Uzbek,Uzbeks
Venezuela#Venezuelan,Venezuelans
Vietnam|Viet Nam#Vietnamese
Yemen#Yemeni,Yemenis
Zambia#Zambian,Zambians
Zimbabwe#Zimbabwean,Zimbabweans
England#English
Scotland#Scottish,Scots
Wales#Welsh
Northern Ireland
Vatican|Vatican City|Holy See
Greenland#Greenlandic,Greenlanders
`;

// Continents and large regions. Demonyms here are collectives ("Europeans"): never actors.
export const REGIONS = `
Europe#European,Europeans
Asia#Asian,Asians
Africa#African,Africans
North America
South America
Latin America#Latin American
Central America
Middle East|Mideast
Antarctica
Arctic
Balkans
Baltics
Caucasus
Scandinavia#Scandinavian
Caribbean
Sahel
Gulf|Persian Gulf
Eastern Europe
Western Europe
Central Asia
Southeast Asia
East Asia
South Asia
Indo-Pacific
Pacific Ocean
Atlantic Ocean
Indian Ocean
Southern Ocean
Arctic Ocean
Mediterranean
Black Sea
Baltic Sea
Red Sea
South China Sea
Gaza|Gaza Strip
West Bank
Golan Heights
Crimea
Donbas|Donbass
Kashmir
Tibet
Xinjiang
Hong Kong
Macau
Kurdistan
Siberia
Chechnya
Transnistria
Abkhazia
Nagorno-Karabakh
Darfur
Catalonia
Bavaria
Sinai
Soviet Union|USSR#Soviet,Soviets
Yugoslavia
Czechoslovakia
East Germany
West Germany
West Africa
East Africa
North Africa
Southern Africa
Central Africa
Sub-Saharan Africa
Horn of Africa
Yorkshire and the Humber
North East England
North West England
South East England
South West England
East Midlands
West Midlands
East of England
Yorkshire
Lancashire
Essex
Merseyside
Tyneside
Patagonia
`;

// US states: "|" separates places.
export const US_STATES = `
Alabama=Ala|Alaska|Arizona=Ariz|Arkansas=Ark|California=Calif|Colorado=Colo|Connecticut=Conn|Delaware|Florida=Fla|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas=Kan|Kentucky=Ky|Louisiana|Maine|Maryland|Massachusetts|Michigan=Mich|Minnesota=Minn|Mississippi|Missouri|Montana=Mont|Nebraska=Neb|Nevada=Nev|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma=Okla|Oregon=Ore|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee=Tenn|Texas=Tex|Utah|Vermont|Virginia|West Virginia|Wisconsin=Wis|Wyoming=Wyo|Puerto Rico|Guam
`;

// Capitals, major cities, venues and much-reported provinces: "|" separates places,
// "=" joins a place's aliases (canonical first).
export const CITIES = `
Washington, D.C.=Washington=Washington DC=Washington D.C.=Washington, DC
New York=New York City=NYC
Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|Baltimore|Minneapolis|New Orleans|Portland|Pittsburgh|Cleveland|St. Louis|Nashville|Austin|Sacramento|Honolulu|Anchorage|Palm Beach|Mar-a-Lago|Silicon Valley|Wall Street
White House
Capitol Hill
Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New South Wales=NSW|Queensland|Tasmania|Guangdong|Sichuan|Hubei|Yunnan|Fujian|Zhejiang|Bavaria|Saxony|Brandenburg|Hesse|Lombardy|Sicily|Sardinia|Tuscany|Andalusia|Flanders|Wallonia|Normandy|Brittany|Provence|Silesia|Transylvania|Anatolia|Kurdistan Region|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|Mindanao|Java|Sumatra|Borneo|Hokkaido|Kyushu|Ottawa|Toronto|Montreal|Vancouver|Mexico City|Havana|Caracas|Bogota=Bogotá|Lima|Quito|Santiago|Buenos Aires|Brasilia=Brasília|Sao Paulo=São Paulo|Rio de Janeiro|Montevideo|Asuncion|La Paz|Panama City|Managua|San Jose|Guatemala City|Tegucigalpa|San Salvador|Kingston|Port-au-Prince|Santo Domingo
London|Manchester|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Southampton|Oxford|Cambridge|Coventry|Brighton|Aberdeen|Dundee|Cork|Galway|Limerick|Bordeaux|Toulouse|Lille|Nantes|Calais|Dusseldorf|Düsseldorf|Stuttgart|Leipzig|Dresden|Hanover|Nuremberg|Bremen|Salzburg|Innsbruck|Basel|Lausanne|Turin|Genoa|Bologna|Palermo|Seville|Valencia|Bilbao|Malaga|Gothenburg|Malmo|Bergen|Gdansk|Wroclaw|Lodz|Poznan|Brno|Thessaloniki|Izmir|Antalya|Birmingham|Liverpool|Glasgow|Edinburgh|Cardiff|Belfast|Dublin|Paris|Marseille|Lyon|Strasbourg|Brussels|Antwerp|Amsterdam|The Hague|Rotterdam|Luxembourg City|Berlin|Munich|Hamburg|Frankfurt|Cologne|Bonn|Vienna|Zurich|Geneva|Bern|Davos|Rome|Milan|Naples|Venice|Florence|Madrid|Barcelona|Lisbon|Porto|Athens|Copenhagen|Oslo|Stockholm|Helsinki|Reykjavik|Tallinn|Riga|Vilnius|Warsaw|Krakow=Kraków|Prague|Bratislava|Budapest|Ljubljana|Zagreb|Belgrade|Sarajevo|Podgorica|Skopje|Tirana|Pristina|Sofia|Bucharest|Chisinau=Chișinău|Minsk|Valletta|Nicosia|Monaco
Kyiv=Kiev
Kharkiv=Kharkov
Odesa=Odessa
Lviv
Dnipro
Zaporizhzhia=Zaporizhia=Zaporozhye
Kherson
Mykolaiv
Donetsk
Luhansk=Lugansk
Mariupol
Bakhmut
Avdiivka
Pokrovsk
Kursk
Belgorod
Moscow|St Petersburg=St. Petersburg=Saint Petersburg|Novosibirsk|Yekaterinburg|Kaliningrad|Sochi|Vladivostok|Grozny|Sevastopol|Simferopol
Ankara|Istanbul|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat
Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Chongqing|Tianjin|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Ulaanbaatar|Manila|Hanoi|Ho Chi Minh City|Bangkok|Phnom Penh|Vientiane|Kuala Lumpur|Jakarta|Bali|Canberra|Sydney|Melbourne|Brisbane|Perth|Wellington|Auckland
New Delhi|Delhi|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Chandigarh|Kochi|Goa|Kerala|Gujarat|Maharashtra|Punjab|Bihar|Uttar Pradesh|Tamil Nadu|Karnataka|West Bengal|Rajasthan|Assam|Quezon City|Cebu|Davao|Makati|Busan|Incheon|Daegu|Nagoya|Kyoto|Yokohama|Sapporo|Fukuoka|Hiroshima|Nagasaki|Okinawa|Chengdu|Xi'an|Hangzhou|Nanjing|Harbin|Lhasa|Urumqi|Yangon|Naypyidaw|Surabaya|Bandung|Medan|Ho Chi Minh City|Da Nang|Chiang Mai|Penang|Karachi|Peshawar|Quetta|Rawalpindi|Chittagong|Herat|Mazar-i-Sharif|Isfahan|Mashhad|Tabriz|Shiraz|Kirkuk|Fallujah|Raqqa|Homs|Latakia|Tyre|Sidon|Nablus|Hebron|Jenin|Eilat|Medina|Dammam|Sharjah|Mumbai|Kolkata|Chennai|Bengaluru=Bangalore|Hyderabad|Islamabad|Karachi|Lahore|Kabul|Kandahar|Dhaka|Kathmandu|Colombo|Tehran|Baghdad|Mosul|Basra|Erbil|Damascus|Aleppo|Idlib|Beirut|Amman|Jerusalem|Tel Aviv|Haifa|Ramallah|Gaza City|Rafah|Khan Younis|Riyadh|Jeddah|Mecca|Doha|Dubai|Abu Dhabi|Muscat|Manama|Kuwait City|Sanaa|Aden|Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Kinshasa|Goma|Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Ouagadougou|Johannesburg|Pretoria|Cape Town|Harare|Lusaka|Luanda|Maputo|Dar es Salaam|Juba
Bradford|Huddersfield|Doncaster|Rotherham|Barnsley|York|Harrogate|Blackpool|Wigan|Stockport|Oldham|Salford|Middlesbrough|Stoke-on-Trent|Wolverhampton|Northampton|Peterborough|Norwich|Ipswich|Colchester|Chelmsford|Swindon|Cheltenham|Exeter|Plymouth|Bournemouth|Portsmouth|Canterbury|Maidstone|Guildford|Milton Keynes|Swansea|Wrexham|Inverness|Derry|Waterford|Kilkenny
Wollongong|Geelong|Townsville|Cairns|Hobart|Launceston|Ballarat|Toowoomba|Rockhampton|Albury|Wagga Wagga|Dubbo|Bathurst|Lismore|Bega|Merimbula|Batemans Bay|Nowra|Gosford|Parramatta|Campbelltown|Blacktown|Fremantle|Mandurah|Alice Springs|Christchurch|Dunedin|Tauranga
Kano|Ibadan|Enugu|Onitsha|Nnewi|Awka|Owerri|Port Harcourt|Benin City|Kaduna|Ilorin|Abeokuta|Calabar|Uyo|Warri|Maiduguri|Sokoto|Zaria|Kumasi|Abidjan|Lome|Cotonou|Freetown|Monrovia|Conakry|Mombasa|Kisumu|Bulawayo|Durban|Soweto
Arequipa|Cusco|Cuzco|Puno|Chiclayo|Piura|Iquitos|Tacna|Ayacucho|Huancayo|Callao|Santa Cruz|Cochabamba|Guayaquil|Medellin|Medellín|Cartagena|Maracaibo|Valparaiso|Valparaíso|Asunción|Recife|Fortaleza|Manaus|Porto Alegre|Belo Horizonte|Guadalajara|Monterrey|Tijuana|Puebla|San Juan
Sriharikota|Thiruvananthapuram|Thanjavur|Madurai|Coimbatore|Mysuru|Mysore|Visakhapatnam|Vijayawada|Bhubaneswar|Guwahati|Ranchi|Raipur|Dehradun|Shimla|Srinagar|Amritsar|Ludhiana|Varanasi|Agra|Allahabad|Prayagraj|Noida|Gurugram|Gurgaon|Thimphu
`;
