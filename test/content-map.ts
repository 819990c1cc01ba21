/** The 35 ids of the content map (contract), by type. */
export const CONTENT_MAP = {
  kontext: ['eu-erweiterung-armutsgefaelle', 'eu2-zuwanderung-dortmund', 'lebenslagen-neuzugewanderter', 'weitere-handlungsbedarfe'],
  koordination: ['problemlagen-erkennen', 'fachlicher-austausch', 'netzwerk-neuzuwanderung', 'gemeinsame-positionierung', 'handlungsrahmen-erarbeiten', 'fachgruppen', 'ueberoertliche-vernetzung', 'koordinierungsgruppe', 'steuerungsstruktur'],
  szenario: ['szenario-verantwortungsgemeinschaft', 'szenario-fonds-clearingstelle', 'szenario-aufsuchende-arbeit', 'szenario-qualifizierung', 'szenario-kinderrechte', 'szenario-wohnungsmarkt'],
  praxis: ['nothilfen', 'anlaufstelle-willkommen-europa', 'neun-schritte-verfahren', 'integrationskurse-eu-zugewanderte', 'dualer-studiengang-armut-migration', 'clearingstelle-gesundheit', 'wohnungszugangsstrategie', 'bedarfslagenorientiertes-gesamtangebot', 'verschneidung-eu2-fluechtlingszuwanderung', 'kooperation-plovdiv'],
  lektion: ['gelingensbedingung-staedtische-verantwortung', 'gelingensbedingung-gemeinsames-verstaendnis', 'gelingensbedingung-kooperation-augenhoehe', 'gelingensbedingung-ueberoertlich-aktiv', 'offene-fragen', 'empfehlungen-fuer-kommunen'],
} as const;
