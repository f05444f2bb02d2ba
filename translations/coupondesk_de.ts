<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplicationWizardProgramPage</name>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the banner that shows a problem with the draft</extracomment>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Application &amp;date:</source>
        <translation>Antrags&amp;datum:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Antragsdatum</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Name des Antragstellers</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Name auf Engl&amp;isch:</translation>
    </message>
    <message>
        <source>Applicant name in English</source>
        <translation>Name des Antragstellers auf Englisch</translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation>&amp;Art der Organisation:</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <source>Registered &amp;city:</source>
        <translation>Sitz (&amp;Stadt):</translation>
    </message>
    <message>
        <source>Registered city</source>
        <translation>Sitz (Stadt)</translation>
    </message>
    <message>
        <source>Independent &amp;legal person:</source>
        <translation>Selbstständige &amp;juristische Person:</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>Selbstständige juristische Person</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>&amp;Gegründet am:</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>Gründungsdatum</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>Einheitlicher Sozialkredit&amp;code:</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Einheitlicher Sozialkreditcode</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Subsidy already received &amp;this year (CNY):</source>
        <translation>In diesem Jahr bereits erhaltene &amp;Förderung (CNY):</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Subsidy already received this year</source>
        <translation>In diesem Jahr bereits erhaltene Förderung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CouponDesk</source>
        <translation>CouponDesk</translation>
    </message>
    <message>
        <source>Apply for GPU-compute subsidies: check eligibility, add your contracts, see the estimate and export a complete application package.</source>
        <translation>Förderung für GPU-Rechenleistung beantragen: Förderfähigkeit prüfen, Verträge hinzufügen, Schätzung ansehen und ein vollständiges Antragspaket exportieren.</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Neuer Antrag</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>&amp;Batch from spreadsheet</source>
        <translation>Stapel aus &amp;Tabelle</translation>
    </message>
    <message>
        <source>Batch from spreadsheet</source>
        <translation>Stapel aus Tabelle</translation>
    </message>
    <message>
        <source>&amp;Review packages</source>
        <translation>Pakete &amp;prüfen</translation>
    </message>
    <message>
        <source>Review packages</source>
        <translation>Pakete prüfen</translation>
    </message>
    <message>
        <source>Installed programs</source>
        <translation>Installierte Programme</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>Re&amp;cent files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Application file</source>
        <translation>Antragsdatei</translation>
    </message>
    <message>
        <source>Batch spreadsheet</source>
        <translation>Tabelle für die Stapelverarbeitung</translation>
    </message>
    <message>
        <source>Packages to review</source>
        <translation>Zu prüfende Pakete</translation>
    </message>
</context>
<context>
    <name>cd::AmountParser</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation>„%1“ ist als Betrag zu groß.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fraction of a fen or cent.</source>
        <translation>„%1“ enthält Bruchteile eines Fen bzw. Cents.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a negative amount.</source>
        <translation>„%1“ ist ein negativer Betrag.</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationChecklist</name>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>Geben Sie den Namen des Antragstellers ein.</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>Geben Sie den einheitlichen Sozialkreditcode ein.</translation>
    </message>
    <message>
        <source>Enter a contact e-mail address such as name@example.cn.</source>
        <translation>Geben Sie eine Kontakt-E-Mail-Adresse ein, etwa name@example.cn.</translation>
    </message>
    <message>
        <source>This question is still open: %1.</source>
        <translation>Diese Frage ist noch offen: %1.</translation>
    </message>
    <message>
        <source>Assumption (low confidence): %1</source>
        <translation>Annahme (geringe Verlässlichkeit): %1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>start of the service period</source>
        <translation>Beginn der Leistungszeit</translation>
    </message>
    <message>
        <source>end of the service period</source>
        <translation>Ende der Leistungszeit</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>number of GPUs</source>
        <translation>Anzahl der GPUs</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>Contract %1: the %2</source>
        <extracomment>%1 is the contract&apos;s number, %2 a field such as &quot;amount&quot;</extracomment>
        <translation>Vertrag %1: %2</translation>
    </message>
    <message>
        <source>%1 was read from the PDF but is not confirmed yet. Confirm or correct it on the contracts page: the estimate needs it.</source>
        <extracomment>%1 is e.g. &quot;Contract 1: the amount&quot;</extracomment>
        <translation>%1 wurde aus dem PDF gelesen, ist aber noch nicht bestätigt. Bestätigen oder korrigieren Sie den Wert auf der Seite „Verträge“: Die Schätzung braucht ihn.</translation>
    </message>
    <message>
        <source>%1 was read from the PDF and is not confirmed yet; the export leaves it out until you confirm or correct it.</source>
        <extracomment>%1 is e.g. &quot;Contract 1: the amount&quot;</extracomment>
        <translation>%1 wurde aus dem PDF gelesen und ist noch nicht bestätigt; der Export lässt den Wert weg, bis Sie ihn bestätigen oder korrigieren.</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationFields</name>
    <message>
        <source>No field given.</source>
        <translation>Kein Feld angegeben.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>Dieses Feld gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationJson</name>
    <message>
        <source>The service period ends before it starts.</source>
        <translation>Der Leistungszeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as CNY.</source>
        <translation>„%1“ ist kein dreistelliger Währungscode wie CNY.</translation>
    </message>
    <message>
        <source>GPU-hours must not be negative.</source>
        <translation>GPU-Stunden dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>Erwartet: „%1“, gefunden: „%2“.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The application file must be a JSON object.</source>
        <translation>Die Antragsdatei muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 is too large for an application file.</source>
        <translation>Die Datei %1 ist für eine Antragsdatei zu groß.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationPdfWriter</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>university</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>research institute</source>
        <translation>Forschungsinstitut</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>training and inference</source>
        <translation>Training und Inferenz</translation>
    </message>
    <message>
        <source>model purchase</source>
        <translation>Modellkauf</translation>
    </message>
    <message>
        <source>corpus purchase</source>
        <translation>Korpuskauf</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>förderfähig</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht förderfähig</translation>
    </message>
    <message>
        <source>undetermined (questions are open)</source>
        <translation>noch offen (Fragen unbeantwortet)</translation>
    </message>
    <message>
        <source>the subsidy rate</source>
        <translation>den Fördersatz</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>die jährliche Obergrenze</translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation>andere öffentliche Förderung desselben Vertrags</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Application for %1</source>
        <translation>Antrag auf %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Program %1, rules version %2 · application date %3</source>
        <translation>Programm %1, Regelversion %2 · Antragsdatum %3</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>1. Antragsteller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name auf Englisch</translation>
    </message>
    <message>
        <source>Type of entity</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>Selbstständige juristische Person</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Einheitlicher Sozialkreditcode</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Subsidy already received this year</source>
        <translation>In diesem Jahr bereits erhaltene Förderung</translation>
    </message>
    <message>
        <source>2. Compute contracts</source>
        <translation>2. Verträge über Rechenleistung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Signed / period</source>
        <translation>Unterzeichnet / Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>3. Eligibility</source>
        <translation>3. Förderfähigkeit</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Rule and explanation</source>
        <translation>Regel und Erläuterung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>(assumption)</source>
        <translation>(Annahme)</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>Verlässlichkeit: %1</translation>
    </message>
    <message>
        <source>Open questions: %1</source>
        <translation>Offene Fragen: %1</translation>
    </message>
    <message>
        <source>4. Requested subsidy</source>
        <translation>4. Beantragter Zuschuss</translation>
    </message>
    <message>
        <source>Estimated subsidy</source>
        <translation>Geschätzter Zuschuss</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Fördersatz</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Left under the annual cap</source>
        <translation>Verbleibend unter der Jahresobergrenze</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Contract %1: not counted</source>
        <translation>Vertrag %1: nicht angerechnet</translation>
    </message>
    <message>
        <source>Contract %1: %2 × %3 − %4 (other public funding) = %5</source>
        <translation>Vertrag %1: %2 × %3 − %4 (andere öffentliche Förderung) = %5</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>5. Projected compute cost</source>
        <translation>5. Prognostizierte Rechenkosten</translation>
    </message>
    <message>
        <source>6. Documents to attach</source>
        <translation>6. Beizufügende Unterlagen</translation>
    </message>
    <message>
        <source>7. Declaration</source>
        <translation>7. Erklärung</translation>
    </message>
    <message>
        <source>We declare that the information in this application and its attachments is true and complete, that the contracts listed were concluded with providers not affiliated with us, and that the same costs have not received other public funding beyond what is stated above.</source>
        <translation>Wir erklären, dass die Angaben in diesem Antrag und seinen Anlagen wahr und vollständig sind, dass die aufgeführten Verträge mit nicht mit uns verbundenen Anbietern geschlossen wurden und dass für dieselben Kosten keine weitere öffentliche Förderung über die oben genannte hinaus gewährt wurde.</translation>
    </message>
    <message>
        <source>Legal representative (signature)</source>
        <translation>Gesetzliche Vertretung (Unterschrift)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>Firmenstempel</translation>
    </message>
    <message>
        <source>Incomplete input for the application PDF.</source>
        <translation>Die Angaben für das Antrags-PDF sind unvollständig.</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>CouponDesk application package %1</source>
        <translation>CouponDesk-Antragspaket %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>Das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizard</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>① Program and applicant</source>
        <translation>① Programm und Antragsteller</translation>
    </message>
    <message>
        <source>② Eligibility</source>
        <translation>② Förderfähigkeit</translation>
    </message>
    <message>
        <source>③ Contracts</source>
        <translation>③ Verträge</translation>
    </message>
    <message>
        <source>④ Compute and costs</source>
        <translation>④ Rechenleistung und Kosten</translation>
    </message>
    <message>
        <source>⑤ Estimate</source>
        <translation>⑤ Schätzung</translation>
    </message>
    <message>
        <source>⑥ Review and export</source>
        <translation>⑥ Prüfen und exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n open)</source>
        <translation>
            <numerusform>%1  (%n offen)</numerusform>
            <numerusform>%1  (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Application — %1</source>
        <translation>Antrag — %1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>This draft is open in another window and cannot be changed here.</source>
        <translation>Dieser Entwurf ist in einem anderen Fenster geöffnet und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Add each compute-rental contract and check its details.</source>
        <translation>Fügen Sie jeden Mietvertrag über Rechenleistung hinzu und prüfen Sie seine Angaben.</translation>
    </message>
    <message>
        <source>&amp;Add contract</source>
        <translation>Vertrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Contract details</source>
        <translation>Vertragsdetails</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider on the program&apos;s &amp;register:</source>
        <translation>Anbieter im &amp;Verzeichnis des Programms:</translation>
    </message>
    <message>
        <source>Provider &amp;affiliated with the applicant:</source>
        <translation>Anbieter mit dem Antragsteller ver&amp;bunden:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Unterzeichnet am:</translation>
    </message>
    <message>
        <source>Service &amp;from:</source>
        <translation>Le&amp;istung ab:</translation>
    </message>
    <message>
        <source>Service &amp;until:</source>
        <translation>Leistung bi&amp;s:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Other public funding on it:</source>
        <translation>Andere öffentliche &amp;Förderung darauf:</translation>
    </message>
    <message>
        <source>Use of the compute</source>
        <translation>Verwendung der Rechenleistung</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>Verwen&amp;dung:</translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation>&amp;GPU-Modell:</translation>
    </message>
    <message>
        <source>GPU &amp;count:</source>
        <translation>GPU-An&amp;zahl:</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>Betrag fehlt</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add at least one contract to go on.</source>
        <translation>Fügen Sie mindestens einen Vertrag hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>Add &amp;PDF…</source>
        <translation>&amp;PDF hinzufügen…</translation>
    </message>
    <message>
        <source>Or drop PDF files on this page.</source>
        <translation>Oder ziehen Sie PDF-Dateien auf diese Seite.</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Analysefortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>A&amp;nalyse abbrechen</translation>
    </message>
    <message>
        <source>Recognising scanned page %1 of %2…</source>
        <translation>Gescannte Seite %1 von %2 wird erkannt…</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 wird analysiert…</translation>
    </message>
    <message>
        <source>%1 was not added: it needs its password.</source>
        <translation>%1 wurde nicht hinzugefügt: Dafür wird das Passwort benötigt.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2 You can add the contract by hand with &quot;Add contract&quot;.</source>
        <translation>%1 konnte nicht gelesen werden: %2 Sie können den Vertrag mit „Vertrag hinzufügen“ von Hand erfassen.</translation>
    </message>
    <message>
        <source>%1: values read from the PDF — please check each one.</source>
        <translation>%1: Werte aus dem PDF gelesen – bitte prüfen Sie jeden einzelnen.</translation>
    </message>
    <message>
        <source>Not found in the document: %1.</source>
        <translation>Im Dokument nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>Scanned pages were recognised by OCR.</source>
        <translation>Gescannte Seiten wurden per OCR erkannt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Read from the PDF with low confidence (%1): please check it against the contract and confirm or correct it.</source>
        <translation>Mit geringer Sicherheit (%1) aus dem PDF gelesen: Bitte mit dem Vertrag vergleichen und bestätigen oder korrigieren.</translation>
    </message>
    <message>
        <source>Read from the PDF (confidence %1), not confirmed yet.</source>
        <translation>Aus dem PDF gelesen (Sicherheit %1), noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Read from the PDF and confirmed by you.</source>
        <translation>Aus dem PDF gelesen und von Ihnen bestätigt.</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>Read from the PDF and corrected by you.</source>
        <translation>Aus dem PDF gelesen und von Ihnen korrigiert.</translation>
    </message>
    <message>
        <source>Confirm %1: the contract says this</source>
        <extracomment>%1 is a field such as &quot;Amount&quot;</extracomment>
        <translation>%1 bestätigen: So steht es im Vertrag</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>This contract was typed in. Add its PDF to see it here.</source>
        <translation>Dieser Vertrag wurde von Hand eingegeben. Fügen Sie sein PDF hinzu, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>The PDF of this contract is not available.</source>
        <translation>Das PDF dieses Vertrags ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 now reads &quot;%2&quot; from the contract.</source>
        <extracomment>%1 is a field such as &quot;Amount&quot;, %2 the text the user selected</extracomment>
        <translation>%1 lautet jetzt „%2“ aus dem Vertrag.</translation>
    </message>
    <message>
        <source>The PDF could not be kept with the draft: %1</source>
        <translation>Das PDF konnte nicht mit dem Entwurf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardCostsPage</name>
    <message>
        <source>Compute and costs</source>
        <translation>Rechenleistung und Kosten</translation>
    </message>
    <message>
        <source>What the GPU plan costs per month and how much of it the coupon pays.</source>
        <translation>Was der GPU-Plan pro Monat kostet und wie viel davon der Gutschein übernimmt.</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Trainingsplan</translation>
    </message>
    <message>
        <source>Model &amp;parameters (N):</source>
        <translation>Modell&amp;parameter (N):</translation>
    </message>
    <message>
        <source>Training &amp;tokens (D):</source>
        <translation>Trainings-&amp;Tokens (D):</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <source>Number of GP&amp;Us (K):</source>
        <translation>Anzahl der GP&amp;Us (K):</translation>
    </message>
    <message>
        <source>&amp;MFU (%):</source>
        <translation>&amp;MFU (%):</translation>
    </message>
    <message>
        <source>Price &amp;source:</source>
        <translation>Preis&amp;quelle:</translation>
    </message>
    <message>
        <source>P&amp;rice per GPU-hour:</source>
        <translation>P&amp;reis je GPU-Stunde:</translation>
    </message>
    <message>
        <source>Training &amp;starts on:</source>
        <translation>Trainings&amp;beginn:</translation>
    </message>
    <message>
        <source>Second scenario</source>
        <translation>Zweites Szenario</translation>
    </message>
    <message>
        <source>&amp;Compare with another GPU or price</source>
        <translation>Mit anderer GPU oder anderem Preis &amp;vergleichen</translation>
    </message>
    <message>
        <source>G&amp;PU:</source>
        <translation>G&amp;PU:</translation>
    </message>
    <message>
        <source>Num&amp;ber of GPUs:</source>
        <translation>An&amp;zahl der GPUs:</translation>
    </message>
    <message>
        <source>Pr&amp;ice per GPU-hour:</source>
        <translation>Pre&amp;is je GPU-Stunde:</translation>
    </message>
    <message>
        <source>Compute C = 6 · N · D</source>
        <translation>Rechenaufwand C = 6 · N · D</translation>
    </message>
    <message>
        <source>GPU-hours = C ÷ (peak × MFU × 3600 s)</source>
        <translation>GPU-Stunden = C ÷ (Spitze × MFU × 3600 s)</translation>
    </message>
    <message>
        <source>Wall-clock hours = GPU-hours ÷ K</source>
        <translation>Laufzeit in Stunden = GPU-Stunden ÷ K</translation>
    </message>
    <message>
        <source>Cost = GPU-hours × price</source>
        <translation>Kosten = GPU-Stunden × Preis</translation>
    </message>
    <message>
        <source>C&amp;hart shows:</source>
        <translation>&amp;Diagramm zeigt:</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>20 · N when empty</source>
        <translation>leer: 20 · N</translation>
    </message>
    <message>
        <source>same as the plan</source>
        <translation>wie im Plan</translation>
    </message>
    <message>
        <source>The contracts of this application</source>
        <translation>Die Verträge dieses Antrags</translation>
    </message>
    <message>
        <source>The training plan</source>
        <translation>Den Trainingsplan</translation>
    </message>
    <message>
        <source>%1 (domestic)</source>
        <extracomment>A GPU made in China in the GPU list</extracomment>
        <translation>%1 (chinesisch)</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>From contract %1</source>
        <translation>Aus Vertrag %1</translation>
    </message>
    <message>
        <source>From contract %1 (%2)</source>
        <translation>Aus Vertrag %1 (%2)</translation>
    </message>
    <message>
        <source>Contract %1 gives no price: %2</source>
        <translation>Vertrag %1 ergibt keinen Preis: %2</translation>
    </message>
    <message>
        <source>From contract %1: %2 ÷ (%3 GPUs × %4 h of the service period) = %5 per GPU-hour</source>
        <extracomment>%1 contract number, %2 amount, %3 GPUs, %4 hours of the service period, %5 price</extracomment>
        <translation>Aus Vertrag %1: %2 ÷ (%3 GPUs × %4 h Leistungszeitraum) = %5 je GPU-Stunde</translation>
    </message>
    <message>
        <source>Typed in.</source>
        <translation>Eingegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price per GPU-hour such as 10.00.</source>
        <translation>„%1“ ist kein Preis je GPU-Stunde wie 10.00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of %2 such as 7e9 or 7B.</source>
        <translation>„%1“ ist keine Anzahl %2 wie 7e9 oder 7B.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a share of the peak such as 40 %.</source>
        <translation>„%1“ ist kein Anteil an der Spitzenleistung wie 40 %.</translation>
    </message>
    <message>
        <source>Enter the model&apos;s number of parameters to see the plan.</source>
        <translation>Geben Sie die Parameterzahl des Modells ein, um den Plan zu sehen.</translation>
    </message>
    <message>
        <source>Enter the number of GPUs to see the plan.</source>
        <translation>Geben Sie die Anzahl der GPUs ein, um den Plan zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vergleich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>Result column header: GPU × number of GPUs, e.g. &quot;NVIDIA H800 SXM5 80 GB × 64&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 FLOP</source>
        <extracomment>Compute in floating-point operations</extracomment>
        <translation>%1 FLOP</translation>
    </message>
    <message>
        <source>%1 h (%2 days)</source>
        <extracomment>Wall-clock time: hours and days</extracomment>
        <translation>%1 h (%2 Tage)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>N = %1, D = %2%3, peak %4 TFLOP/s (%5), MFU %6 %, price %7 per GPU-hour</source>
        <extracomment>Tooltip of a result: the inputs that went into it</extracomment>
        <translation>N = %1, D = %2%3, Spitze %4 TFLOP/s (%5), MFU %6 %, Preis %7 je GPU-Stunde</translation>
    </message>
    <message>
        <source> (20 · N)</source>
        <translation> (20 · N)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enter a price per GPU-hour or take it from a contract to see the cost.</source>
        <translation>Geben Sie einen Preis je GPU-Stunde ein oder übernehmen Sie ihn aus einem Vertrag, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <source>D = 20 · N (Chinchilla) because no token count was entered.</source>
        <translation>D = 20 · N (Chinchilla), da keine Token-Anzahl eingegeben wurde.</translation>
    </message>
    <message>
        <source>The second scenario is drawn with the training plan.</source>
        <translation>Das zweite Szenario wird mit dem Trainingsplan gezeichnet.</translation>
    </message>
    <message>
        <source>No estimate yet: %1</source>
        <translation>Noch keine Schätzung: %1</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>Noch keine Schätzung.</translation>
    </message>
    <message>
        <source>Correct the plan&apos;s inputs to see its costs.</source>
        <translation>Korrigieren Sie die Eingaben des Plans, um seine Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Read from the PDF and not confirmed yet: %1. Check them on the contracts page.</source>
        <extracomment>%1 a list of field names, such as &quot;Amount and GPU count&quot;</extracomment>
        <translation>Aus dem PDF gelesen und noch nicht bestätigt: %1. Bitte auf der Seite „Verträge“ prüfen.</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardEligibilityPage</name>
    <message>
        <source>Eligibility</source>
        <translation>Förderfähigkeit</translation>
    </message>
    <message>
        <source>Each condition of the program, checked against your answers.</source>
        <translation>Jede Bedingung des Programms, geprüft anhand Ihrer Antworten.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>With these answers the application is not eligible: %1 Changing the answers marked ✗ (or the contracts) would change the result.</source>
        <translation>Mit diesen Antworten ist der Antrag nicht förderfähig: %1 Wenn Sie die mit ✗ markierten Antworten (oder die Verträge) ändern, ändert sich das Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are still open. You can go on and answer them later.</source>
        <translation>
            <numerusform>%n Frage ist noch offen. Sie können fortfahren und sie später beantworten.</numerusform>
            <numerusform>%n Fragen sind noch offen. Sie können fortfahren und sie später beantworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Is the applicant an independent legal person?</source>
        <translation>Ist der Antragsteller eine selbstständige juristische Person?</translation>
    </message>
    <message>
        <source>Where is the applicant registered?</source>
        <translation>Wo hat der Antragsteller seinen Sitz?</translation>
    </message>
    <message>
        <source>In which sector does the applicant work?</source>
        <translation>In welcher Branche ist der Antragsteller tätig?</translation>
    </message>
    <message>
        <source>When was the applicant founded?</source>
        <translation>Wann wurde der Antragsteller gegründet?</translation>
    </message>
    <message>
        <source>On which date will you apply?</source>
        <translation>An welchem Datum stellen Sie den Antrag?</translation>
    </message>
    <message>
        <source>Another sector</source>
        <translation>Eine andere Branche</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardEstimatePage</name>
    <message>
        <source>the rate</source>
        <translation>den Fördersatz</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>die jährliche Obergrenze</translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation>andere öffentliche Förderung desselben Vertrags</translation>
    </message>
    <message>
        <source>nothing (no counted contract yet)</source>
        <translation>nichts (noch kein angerechneter Vertrag)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>How the subsidy is computed, step by step.</source>
        <translation>Wie der Zuschuss Schritt für Schritt berechnet wird.</translation>
    </message>
    <message>
        <source>Estimated subsidy: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Geschätzter Zuschuss: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Limited by: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Begrenzt durch: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Left under the cap this year after this application: %1</source>
        <translation>Nach diesem Antrag in diesem Jahr unter der Obergrenze verbleibend: %1</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>berechtigt</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>&lt;b&gt;The program&apos;s rules changed&lt;/b&gt; from version %1 to %2 since this draft was last opened.</source>
        <translation>&lt;b&gt;Die Regeln des Programms haben sich geändert&lt;/b&gt; (Version %1 → %2), seit dieser Entwurf zuletzt geöffnet wurde.</translation>
    </message>
    <message>
        <source>Subsidy: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Zuschuss: %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Eligible: %1 → %2</source>
        <translation>Berechtigung: %1 → %2</translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation>%1 (Vertrag %2)</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>neue Regel</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardProgramPage</name>
    <message>
        <source>Program and applicant</source>
        <translation>Programm und Antragsteller</translation>
    </message>
    <message>
        <source>Choose the program and tell us who applies.</source>
        <translation>Wählen Sie das Programm und geben Sie an, wer den Antrag stellt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; of this draft is not installed. Choose an installed program; your other answers are kept.</source>
        <translation>Das Programm „%1“ dieses Entwurfs ist nicht installiert. Wählen Sie ein installiertes Programm; Ihre übrigen Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Valid %1 to %2.</source>
        <translation>Gültig vom %1 bis %2.</translation>
    </message>
    <message>
        <source>Valid from %1.</source>
        <translation>Gültig ab %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Rules version %2; %n parameter(s) rest on sources of medium or low confidence.</source>
        <translation>
            <numerusform>%1 Regelversion %2; %n Parameter beruht auf Quellen mittlerer oder geringer Verlässlichkeit.</numerusform>
            <numerusform>%1 Regelversion %2; %n Parameter beruhen auf Quellen mittlerer oder geringer Verlässlichkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>%1 von 18 Zeichen</translation>
    </message>
    <message>
        <source>Choose a program to go on.</source>
        <translation>Wählen Sie ein Programm, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name to go on.</source>
        <translation>Geben Sie den Namen des Antragstellers ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardReviewPage</name>
    <message>
        <source>Review and export</source>
        <translation>Prüfen und exportieren</translation>
    </message>
    <message>
        <source>Errors must be fixed before the export; hints are worth a look.</source>
        <translation>Fehler müssen vor dem Export behoben werden; Hinweise sind einen Blick wert.</translation>
    </message>
    <message>
        <source>&amp;Checks (Enter or double-click to go to the field):</source>
        <translation>&amp;Prüfungen (Eingabetaste oder Doppelklick führt zum Feld):</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Required &amp;documents:</source>
        <translation>Erforderliche &amp;Unterlagen:</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Erforderliche Unterlagen</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;Error:&quot; or &quot;Hint:&quot;, %2 the message of the check</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fix the errors listed below to export the application.</source>
        <translation>Beheben Sie die unten aufgeführten Fehler, um den Antrag zu exportieren.</translation>
    </message>
    <message>
        <source>&amp;Export application package…</source>
        <translation>Antragspaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Export application package</source>
        <translation>Antragspaket exportieren</translation>
    </message>
    <message>
        <source>Application packages (*.zip)</source>
        <translation>Antragspakete (*.zip)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Das Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Das Paket wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Package written to %1 (fingerprint %2).</source>
        <translation>Paket nach %1 geschrieben (Fingerabdruck %2).</translation>
    </message>
    <message>
        <source>Estimated subsidy in the package: %1.</source>
        <translation>Geschätzte Förderung im Paket: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated subsidy in the package: %1. It counts only confirmed or typed values; %n value(s) read from the PDFs are not confirmed yet (see the hints).</source>
        <translation>
            <numerusform>Geschätzte Förderung im Paket: %1. Sie zählt nur bestätigte oder eingegebene Werte; %n aus den PDFs gelesener Wert ist noch nicht bestätigt (siehe Hinweise).</numerusform>
            <numerusform>Geschätzte Förderung im Paket: %1. Sie zählt nur bestätigte oder eingegebene Werte; %n aus den PDFs gelesene Werte sind noch nicht bestätigt (siehe Hinweise).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Banner</name>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>cd::BatchRowReader</name>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>The first line must name the columns; it is empty.</source>
        <translation>Die erste Zeile muss die Spalten benennen; sie ist leer.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile zweimal vor.</translation>
    </message>
    <message numerus="yes">
        <source>The header lacks the required column(s) %1.</source>
        <translation>
            <numerusform>Der Kopfzeile fehlt die erforderliche Spalte %1.</numerusform>
            <numerusform>Der Kopfzeile fehlen die erforderlichen Spalten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns are separated by &quot;%1&quot; instead of commas. Save the file as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>Die Spalten sind durch &quot;%1&quot; statt durch Kommas getrennt. Speichern Sie die Datei als &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;.</translation>
    </message>
</context>
<context>
    <name>cd::BatchRowValidator</name>
    <message>
        <source>%1 must be a plain decimal amount such as 3200000.00 (no thousands separators, no currency sign), not &quot;%2&quot;.</source>
        <translation>%1 muss ein einfacher Dezimalbetrag wie 3200000.00 sein (ohne Tausendertrennzeichen und Währungszeichen), nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 has fractions of a fen (&quot;%2&quot;): give at most two decimals.</source>
        <translation>%1 enthält Bruchteile eines Fen („%2“): höchstens zwei Nachkommastellen angeben.</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts must be 0 or more.</source>
        <translation>%1 ist negativ (%2); Beträge müssen 0 oder größer sein.</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD: &quot;%2&quot;.</source>
        <translation>%1 ist kein Datum der Form JJJJ-MM-TT: „%2“.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl von 0 oder mehr sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number of hours of 0 or more, such as 1200.5, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Stundenzahl von 0 oder mehr sein, etwa 1200.5, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be enterprise, startup, university or research_institute, not &quot;%2&quot;.</source>
        <translation>%1 muss enterprise, startup, university oder research_institute sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be training, inference or training_and_inference, not &quot;%2&quot;.</source>
        <translation>%1 muss training, inference oder training_and_inference sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 ist keine E-Mail-Adresse: „%2“.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of a batch CSV.</source>
        <translation>„%1“ ist keine Spalte einer Stapel-CSV-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>The record has %1 field(s), the header %2.</source>
        <translation>
            <numerusform>Der Datensatz hat %1 Feld, die Kopfzeile %2.</numerusform>
            <numerusform>Der Datensatz hat %1 Felder, die Kopfzeile %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>applicant_id may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), not &quot;%1&quot;.</source>
        <translation>applicant_id darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten (höchstens 64), nicht „%1“.</translation>
    </message>
    <message>
        <source>applicant_id %1 appears on an earlier row.</source>
        <translation>applicant_id %1 kommt bereits in einer früheren Zeile vor.</translation>
    </message>
    <message>
        <source>company_name_zh and company_name are both empty.</source>
        <translation>company_name_zh und company_name sind beide leer.</translation>
    </message>
    <message>
        <source>The contract file %1 is not in %2.</source>
        <translation>Die Vertragsdatei %1 liegt nicht in %2.</translation>
    </message>
    <message>
        <source>period_end is before period_start.</source>
        <translation>period_end liegt vor period_start.</translation>
    </message>
    <message>
        <source>The field contains the control character U+%1.</source>
        <translation>Das Feld enthält das Steuerzeichen U+%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form column=value.</source>
        <translation>„%1“ hat nicht die Form Spalte=Wert.</translation>
    </message>
</context>
<context>
    <name>cd::BatchRowsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done (up to date)</source>
        <extracomment>A row whose result from an earlier run was still valid and was reused</extracomment>
        <translation>Fertig (aktuell)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Förderfähig</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht förderfähig</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Reason / flags</source>
        <translation>Grund / Markierungen</translation>
    </message>
</context>
<context>
    <name>cd::BatchRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %n row(s); run the same command again to complete the rest.</source>
        <translation>
            <numerusform>Nach %n Zeile unterbrochen; führen Sie denselben Befehl erneut aus, um den Rest abzuschließen.</numerusform>
            <numerusform>Nach %n Zeilen unterbrochen; führen Sie denselben Befehl erneut aus, um den Rest abzuschließen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::BatchState</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cd::BatchSummaryPdf</name>
    <message>
        <source>%1万</source>
        <extracomment>万 = 10,000 yuan; the bins of the subsidy chart are labelled in 万元</extracomment>
        <translation>%1 × 10.000</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>Stapelübersicht</translation>
    </message>
    <message>
        <source>The summary PDF cannot be painted.</source>
        <translation>Das Übersichts-PDF kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>%1 (%2, rules %3)</source>
        <translation>%1 (%2, Regeln %3)</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected (see errors.csv)</source>
        <translation>Abgelehnt (siehe errors.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Förderfähig</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht förderfähig</translation>
    </message>
    <message>
        <source>Undetermined (questions open)</source>
        <translation>Offen (Fragen unbeantwortet)</translation>
    </message>
    <message>
        <source>Flagged (contract differs, unreadable, ...)</source>
        <translation>Markiert (Vertrag abweichend, unlesbar, …)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Contract amounts</source>
        <translation>Vertragsbeträge</translation>
    </message>
    <message>
        <source>Estimated subsidies, eligible rows</source>
        <translation>Geschätzte Zuschüsse, förderfähige Zeilen</translation>
    </message>
    <message>
        <source>Estimated subsidies, undetermined rows</source>
        <translation>Geschätzte Zuschüsse, offene Zeilen</translation>
    </message>
    <message>
        <source>Requested total</source>
        <translation>Beantragte Summe</translation>
    </message>
    <message>
        <source>Program&apos;s annual budget</source>
        <translation>Jahresbudget des Programms</translation>
    </message>
    <message>
        <source>Distribution of the estimated subsidies (eligible and undetermined rows)</source>
        <translation>Verteilung der geschätzten Zuschüsse (förderfähige und offene Zeilen)</translation>
    </message>
    <message>
        <source>Requested total against the program&apos;s annual budget</source>
        <translation>Beantragte Summe im Vergleich zum Jahresbudget des Programms</translation>
    </message>
    <message>
        <source>The program states no annual budget.</source>
        <translation>Das Programm nennt kein Jahresbudget.</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Jahresbudget</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>The requested total is %1 % of the annual budget (dark: eligible, light: undetermined).</source>
        <translation>Die beantragte Summe beträgt %1 % des Jahresbudgets (dunkel: förderfähig, hell: offen).</translation>
    </message>
    <message>
        <source>The run was interrupted: these figures are incomplete.</source>
        <translation>Der Lauf wurde unterbrochen: Diese Zahlen sind unvollständig.</translation>
    </message>
</context>
<context>
    <name>cd::BatchView</name>
    <message>
        <source>Batch of applications</source>
        <translation>Antragsstapel</translation>
    </message>
    <message>
        <source>Applicant &amp;CSV file:</source>
        <translation>Antragsteller-&amp;CSV-Datei:</translation>
    </message>
    <message>
        <source>Applicant CSV file</source>
        <translation>Antragsteller-CSV-Datei</translation>
    </message>
    <message>
        <source>applicants.csv with one applicant per row</source>
        <translation>applicants.csv mit einem Antragsteller pro Zeile</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the applicant CSV file</source>
        <translation>Antragsteller-CSV-Datei suchen</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>C&amp;ontracts folder:</source>
        <translation>Vert&amp;ragsordner:</translation>
    </message>
    <message>
        <source>Contracts folder</source>
        <translation>Vertragsordner</translation>
    </message>
    <message>
        <source>Default: the CSV file&apos;s folder</source>
        <translation>Standard: der Ordner der CSV-Datei</translation>
    </message>
    <message>
        <source>Browse for the contracts folder</source>
        <translation>Vertragsordner suchen</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>A&amp;usgabeordner:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>summary.csv, errors.csv, summary.pdf and packages go here</source>
        <translation>summary.csv, errors.csv, summary.pdf und die Pakete kommen hierhin</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>Ausgabeordner suchen</translation>
    </message>
    <message>
        <source>D&amp;efaults for empty cells:</source>
        <translation>Vorgab&amp;en für leere Zellen:</translation>
    </message>
    <message>
        <source>Defaults for empty cells</source>
        <translation>Vorgaben für leere Zellen</translation>
    </message>
    <message>
        <source>e.g. application_date=2026-05-10; use=training; provider_registered=true</source>
        <extracomment>Keep the column names and values in English: they are what the CSV uses.</extracomment>
        <translation>z. B. application_date=2026-05-10; use=training; provider_registered=true</translation>
    </message>
    <message>
        <source>column=value pairs separated by &quot;;&quot;: the value for rows whose cell is empty, like the command line&apos;s --application-date.</source>
        <translation>Paare Spalte=Wert, getrennt durch „;“: der Wert für Zeilen, deren Zelle leer ist, wie --application-date auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>&amp;Jobs in parallel:</source>
        <translation>Parallele &amp;Aufträge:</translation>
    </message>
    <message>
        <source>Jobs in parallel</source>
        <translation>Parallele Aufträge</translation>
    </message>
    <message>
        <source>Write application pac&amp;kages</source>
        <translation>Antragspa&amp;kete schreiben</translation>
    </message>
    <message>
        <source>Write application packages</source>
        <translation>Antragspakete schreiben</translation>
    </message>
    <message>
        <source>One application package per accepted row in packages/. Without packages, rows are estimated from the CSV alone (fast).</source>
        <translation>Ein Antragspaket je angenommener Zeile in packages/. Ohne Pakete wird nur aus der CSV geschätzt (schnell).</translation>
    </message>
    <message>
        <source>&amp;Analyse the contract PDFs</source>
        <translation>Vertrags-PDFs a&amp;nalysieren</translation>
    </message>
    <message>
        <source>Analyse the contract PDFs</source>
        <translation>Vertrags-PDFs analysieren</translation>
    </message>
    <message>
        <source>Read each row&apos;s contract and flag amounts or dates that differ from the CSV.</source>
        <translation>Liest den Vertrag jeder Zeile und markiert Beträge oder Daten, die von der CSV abweichen.</translation>
    </message>
    <message>
        <source>Reco&amp;gnise scanned contracts (OCR, slow)</source>
        <translation>&amp;Gescannte Verträge erkennen (OCR, langsam)</translation>
    </message>
    <message>
        <source>Recognise scanned contracts</source>
        <translation>Gescannte Verträge erkennen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>Stapel starten</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbrec&amp;hen</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>Stapel abbrechen</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt des Stapels</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Zeilen des Stapels</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Den Ausgabeordner öffnen</translation>
    </message>
    <message>
        <source>Open as &amp;draft</source>
        <translation>Als Ent&amp;wurf öffnen</translation>
    </message>
    <message>
        <source>Open the selected row as a draft</source>
        <translation>Die gewählte Zeile als Entwurf öffnen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Choose the applicant CSV file</source>
        <translation>Antragsteller-CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the contracts folder</source>
        <translation>Vertragsordner wählen</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Choose the applicant CSV file.</source>
        <translation>Wählen Sie die Antragsteller-CSV-Datei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The contracts folder %1 does not exist.</source>
        <translation>Der Vertragsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Stopping: the rows in progress are finished first.</source>
        <translation>Wird angehalten: die laufenden Zeilen werden noch fertiggestellt.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>The batch was cancelled after %n row(s); start it again with the same settings to complete the rest.</source>
        <translation>
            <numerusform>Der Stapel wurde nach %n Zeile abgebrochen; starten Sie ihn mit denselben Einstellungen erneut, um den Rest zu erledigen.</numerusform>
            <numerusform>Der Stapel wurde nach %n Zeilen abgebrochen; starten Sie ihn mit denselben Einstellungen erneut, um den Rest zu erledigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the reason in the table or in errors.csv.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt: den Grund zeigen die Tabelle und errors.csv.</numerusform>
            <numerusform>%n Zeilen abgelehnt: die Gründe zeigen die Tabelle und errors.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 accepted, %3 rejected, %4 flagged.</source>
        <translation>%1 Zeilen: %2 angenommen, %3 abgelehnt, %4 markiert.</translation>
    </message>
    <message>
        <source>(Interrupted: start again to complete the rest.)</source>
        <translation>(Unterbrochen: erneut starten, um den Rest zu erledigen.)</translation>
    </message>
    <message>
        <source>Requested %1 (eligible %2, undetermined %3).</source>
        <translation>Beantragt %1 (förderfähig %2, noch offen %3).</translation>
    </message>
    <message>
        <source>Annual budget of the program: %1; the batch requests %2% of it.</source>
        <translation>Jahresbudget des Programms: %1; der Stapel beantragt %2 % davon.</translation>
    </message>
    <message>
        <source>A rejected row cannot be opened: correct it in the CSV file first.</source>
        <translation>Eine abgelehnte Zeile kann nicht geöffnet werden: korrigieren Sie sie zuerst in der CSV-Datei.</translation>
    </message>
    <message>
        <source>This row has not been processed yet.</source>
        <translation>Diese Zeile wurde noch nicht bearbeitet.</translation>
    </message>
</context>
<context>
    <name>cd::ContractAnalyzer</name>
    <message>
        <source>The PDF worker program &quot;%1&quot; is not installed next to CouponDesk.</source>
        <translation>Das PDF-Hilfsprogramm „%1“ ist nicht neben CouponDesk installiert.</translation>
    </message>
    <message>
        <source>The PDF worker could not be started: %1</source>
        <translation>Das PDF-Hilfsprogramm konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF made the PDF reader crash or run out of memory; it is damaged or malformed and cannot be analysed.</source>
        <translation>Das PDF hat den PDF-Leser zum Absturz gebracht oder seinen Speicher erschöpft; es ist beschädigt oder fehlerhaft und kann nicht analysiert werden.</translation>
    </message>
    <message>
        <source>The PDF reader stopped without a result (exit code %1); the PDF is probably damaged.</source>
        <translation>Der PDF-Leser wurde ohne Ergebnis beendet (Exit-Code %1); das PDF ist wahrscheinlich beschädigt.</translation>
    </message>
    <message numerus="yes">
        <source>Text recognition of one page took longer than %n second(s); the analysis was stopped.</source>
        <translation>
            <numerusform>Die Texterkennung einer Seite dauerte länger als %n Sekunde; die Analyse wurde abgebrochen.</numerusform>
            <numerusform>Die Texterkennung einer Seite dauerte länger als %n Sekunden; die Analyse wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>Das Lesen des PDFs dauerte länger als %n Sekunde; es ist möglicherweise beschädigt oder darauf ausgelegt, PDF-Leser aufzuhalten.</numerusform>
            <numerusform>Das Lesen des PDFs dauerte länger als %n Sekunden; es ist möglicherweise beschädigt oder darauf ausgelegt, PDF-Leser aufzuhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF reader sent an unreadable result.</source>
        <translation>Der PDF-Leser hat ein unlesbares Ergebnis geliefert.</translation>
    </message>
</context>
<context>
    <name>cd::ContractPageView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>typed</source>
        <extracomment>A value typed in the form; the box shows what the contract says there</extracomment>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.
%2</source>
        <translation>Seite %1 kann nicht angezeigt werden.
%2</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Seite %1 …</translation>
    </message>
</context>
<context>
    <name>cd::ContractTextJson</name>
    <message>
        <source>The contract text from the PDF worker is malformed.</source>
        <translation>Der Vertragstext vom PDF-Hilfsprogramm ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>cd::ContractViewer</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>Leistung ab</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>Leistung bis</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>Anzahl GPUs</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Search the contract (Ctrl+F)</source>
        <translation>Im Vertrag suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the contract</source>
        <translation>Im Vertrag suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>✓ &amp;Confirm</source>
        <translation>✓ &amp;Bestätigen</translation>
    </message>
    <message>
        <source>The value in the form is what the contract says</source>
        <translation>Der Wert im Formular ist der, den der Vertrag nennt</translation>
    </message>
    <message>
        <source>Enter &amp;password…</source>
        <translation>&amp;Passwort eingeben…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Contract pages</source>
        <translation>Vertragsseiten</translation>
    </message>
    <message>
        <source>Opening the contract…</source>
        <translation>Vertrag wird geöffnet…</translation>
    </message>
    <message>
        <source>Add a contract PDF to see it here.</source>
        <translation>Fügen Sie ein Vertrags-PDF hinzu, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No values were found in this document.</source>
        <translation>In diesem Dokument wurden keine Werte gefunden.</translation>
    </message>
    <message>
        <source>Click a value in the form or a box on the page.</source>
        <translation>Klicken Sie auf einen Wert im Formular oder einen Rahmen auf der Seite.</translation>
    </message>
    <message>
        <source>Use &amp;selection</source>
        <translation>Au&amp;swahl übernehmen</translation>
    </message>
    <message>
        <source>not a field of the application</source>
        <translation>kein Feld des Antrags</translation>
    </message>
    <message>
        <source>read from the PDF with low confidence (%1 %), please check</source>
        <translation>mit geringer Sicherheit (%1 %) aus dem PDF gelesen, bitte prüfen</translation>
    </message>
    <message>
        <source>read from the PDF (%1 % confidence), not confirmed yet</source>
        <translation>aus dem PDF gelesen (Sicherheit %1 %), noch nicht bestätigt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>typed in the form</source>
        <translation>im Formular eingegeben</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <extracomment>%1 the field, %2 its value, %3 where it came from</extracomment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Use &amp;selection for %1</source>
        <translation>Au&amp;swahl als %1 übernehmen</translation>
    </message>
    <message>
        <source>Read %1 from the selected text: %2</source>
        <translation>%1 aus dem markierten Text lesen: %2</translation>
    </message>
    <message>
        <source>Drag over the right text on the page first.</source>
        <translation>Markieren Sie zuerst den richtigen Text auf der Seite.</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>cd::CostChartRenderer</name>
    <message>
        <source>亿元</source>
        <extracomment>Axis unit for Chinese readers: hundred million yuan</extracomment>
        <translation>亿元</translation>
    </message>
    <message>
        <source>万元</source>
        <extracomment>Axis unit for Chinese readers: ten thousand yuan</extracomment>
        <translation>万元</translation>
    </message>
    <message>
        <source>million %1</source>
        <extracomment>Axis unit: %1 is the currency code, e.g. &quot;million CNY&quot;</extracomment>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <extracomment>Axis unit: %1 is the currency code, e.g. &quot;thousand CNY&quot;</extracomment>
        <translation>Tsd. %1</translation>
    </message>
    <message>
        <source>Projected GPU cost and coupon share</source>
        <extracomment>Title of the cost chart (GUI, package and CLI)</extracomment>
        <translation>Prognostizierte GPU-Kosten und Gutscheinanteil</translation>
    </message>
    <message>
        <source>Nothing to project: no GPU time with a price.</source>
        <translation>Nichts zu prognostizieren: keine GPU-Zeit mit Preis.</translation>
    </message>
    <message>
        <source>%1: total %2, coupon %3, own %4</source>
        <extracomment>%1 scenario (GPU × count), %2 total cost, %3 paid by the coupon, %4 paid by the applicant</extracomment>
        <translation>%1: gesamt %2, Gutschein %3, Eigenanteil %4</translation>
    </message>
    <message>
        <source>%1 per GPU-hour (%2)</source>
        <translation>%1 pro GPU-Stunde (%2)</translation>
    </message>
    <message>
        <source>from contract</source>
        <translation>aus Vertrag</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>per month (%1)</source>
        <extracomment>Left axis title; %1 is the unit, e.g. 万元 or million CNY</extracomment>
        <translation>pro Monat (%1)</translation>
    </message>
    <message>
        <source>cumulative (%1)</source>
        <extracomment>Right axis title; %1 is the unit, e.g. 万元 or million CNY</extracomment>
        <translation>kumuliert (%1)</translation>
    </message>
    <message>
        <source>cap reached</source>
        <extracomment>Marks the month in which the coupon stops because the annual cap is reached</extracomment>
        <translation>Obergrenze erreicht</translation>
    </message>
    <message>
        <source>coupon share</source>
        <translation>Gutscheinanteil</translation>
    </message>
    <message>
        <source>own share</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <source>cumulative cost</source>
        <translation>kumulierte Kosten</translation>
    </message>
    <message>
        <source>MFU 30–50 %</source>
        <translation>MFU 30–50 %</translation>
    </message>
    <message>
        <source>annual cap reached</source>
        <translation>Jahresobergrenze erreicht</translation>
    </message>
    <message>
        <source>Monthly GPU cost, coupon share and cumulative cost</source>
        <translation>Monatliche GPU-Kosten, Gutscheinanteil und kumulierte Kosten</translation>
    </message>
</context>
<context>
    <name>cd::CostChartView</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter on the chart&apos;s axis: %1 quarter number, %2 two-digit year, e.g. &quot;Q3 25&quot;</extracomment>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>cd::CostProjection</name>
    <message numerus="yes">
        <source>%1 × %n GPU(s)</source>
        <extracomment>Scenario in the cost chart&apos;s legend: GPU model × number of GPUs</extracomment>
        <translation>
            <numerusform>%1 × %n GPU</numerusform>
            <numerusform>%1 × %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract has no amount.</source>
        <translation>Der Vertrag hat keinen Betrag.</translation>
    </message>
    <message>
        <source>The contract has no GPU count.</source>
        <translation>Der Vertrag hat keine GPU-Anzahl.</translation>
    </message>
    <message>
        <source>The contract has no complete service period.</source>
        <translation>Der Vertrag hat keinen vollständigen Leistungszeitraum.</translation>
    </message>
    <message>
        <source>There is nothing to project.</source>
        <translation>Es gibt nichts zu prognostizieren.</translation>
    </message>
    <message>
        <source>The projection covers 1 to %1 months.</source>
        <translation>Die Prognose umfasst 1 bis %1 Monate.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no GPU time to project.</source>
        <translation>Das Szenario „%1“ hat keine GPU-Zeit zu prognostizieren.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has a period without GPUs, hours or price.</source>
        <translation>Das Szenario „%1“ hat einen Zeitraum ohne GPUs, Stunden oder Preis.</translation>
    </message>
    <message>
        <source>All scenarios of one chart need the same currency (%1 and %2).</source>
        <translation>Alle Szenarien eines Diagramms brauchen dieselbe Währung (%1 und %2).</translation>
    </message>
    <message>
        <source>The plan runs for more than %1 months; choose more GPUs or a shorter horizon.</source>
        <translation>Der Plan läuft länger als %1 Monate; wählen Sie mehr GPUs oder einen kürzeren Horizont.</translation>
    </message>
    <message>
        <source>A cost projection needs a price per GPU-hour.</source>
        <translation>Eine Kostenprognose braucht einen Preis pro GPU-Stunde.</translation>
    </message>
    <message>
        <source>The projection needs a start date.</source>
        <translation>Die Prognose braucht ein Startdatum.</translation>
    </message>
    <message>
        <source>No contract has an amount and a service period to project.</source>
        <translation>Kein Vertrag hat einen Betrag und einen Leistungszeitraum für die Prognose.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
</context>
<context>
    <name>cd::CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Ein einheitlicher Sozialkreditcode hat 18 Zeichen; „%1“ hat %n.</numerusform>
            <numerusform>Ein einheitlicher Sozialkreditcode hat 18 Zeichen; „%1“ hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code (&quot;%2&quot;) is not allowed: only digits and capital letters except I, O, S, V and Z.</source>
        <translation>Zeichen %1 des einheitlichen Sozialkreditcodes („%2“) ist nicht erlaubt: nur Ziffern und Großbuchstaben außer I, O, S, V und Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration authority and organisation type of GB 32100-2015 (for example 91 for a company, 12 for a public institution).</source>
        <translation>„%1“ ist keine Registrierungsbehörde und Organisationsart nach GB 32100-2015 (zum Beispiel 91 für ein Unternehmen, 12 für eine öffentliche Einrichtung).</translation>
    </message>
    <message>
        <source>Characters 3-8 (&quot;%1&quot;) are not an administrative division code.</source>
        <translation>Die Zeichen 3–8 („%1“) sind kein Verwaltungsbezirkscode.</translation>
    </message>
    <message>
        <source>Characters 9-17 (&quot;%1&quot;) are not an organisation code: its check digit (GB 11714) does not match.</source>
        <translation>Die Zeichen 9–17 („%1“) sind kein Organisationscode: Ihre Prüfziffer (GB 11714) stimmt nicht.</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code should be %1, not %2 (GB 32100-2015): the code has a typing error.</source>
        <translation>Das Prüfzeichen des einheitlichen Sozialkreditcodes müsste %1 sein, nicht %2 (GB 32100-2015): Der Code enthält einen Tippfehler.</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>The file ends inside a UTF-8 character (line %1).</source>
        <translation>Die Datei endet mitten in einem UTF-8-Zeichen (Zeile %1).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1). Speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>Das in Zeile %1 beginnende Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters; is a closing quote missing?</source>
        <translation>Der in Zeile %1 beginnende Datensatz ist länger als %2 Zeichen; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters.</source>
        <translation>Der in Zeile %1 beginnende Datensatz ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The file is UTF-16 or UTF-32 text (&quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Datei ist UTF-16- oder UTF-32-Text (&quot;Unicode-Text&quot;). Speichern Sie sie als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The file contains a NUL byte (line %1): it is not a text file.</source>
        <translation>Die Datei enthält ein NUL-Byte (Zeile %1): Sie ist keine Textdatei.</translation>
    </message>
</context>
<context>
    <name>cd::DatabaseLocation</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database URL.</source>
        <translation>„%1“ ist keine gültige Datenbank-URL.</translation>
    </message>
    <message>
        <source>A SQLite URL needs a file: sqlite:///path/file.sqlite</source>
        <translation>Eine SQLite-URL braucht eine Datei: sqlite:///path/file.sqlite</translation>
    </message>
    <message>
        <source>A PostgreSQL URL looks like postgresql://user@host:port/dbname; &quot;%1&quot; lacks the host or the database name.</source>
        <translation>Eine PostgreSQL-URL sieht so aus: postgresql://user@host:port/dbname; „%1“ fehlt der Host oder der Datenbankname.</translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite:///path/file.sqlite or postgresql://user@host:port/dbname.</source>
        <translation>Unbekannter Datenbanktyp „%1“: Verwenden Sie sqlite:///path/file.sqlite oder postgresql://user@host:port/dbname.</translation>
    </message>
</context>
<context>
    <name>cd::DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>cd::Dialogs</name>
    <message>
        <source>Add contract PDFs</source>
        <translation>Vertrags-PDFs hinzufügen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF-Dokumente (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>The password for %1 was wrong. Try again:</source>
        <translation>Das Passwort für %1 war falsch. Versuchen Sie es erneut:</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 ist durch ein Passwort geschützt. Passwort:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
</context>
<context>
    <name>cd::DomainLabels</name>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forschungsinstitut</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training and inference</source>
        <translation>Training und Inferenz</translation>
    </message>
    <message>
        <source>Inference only</source>
        <translation>Nur Inferenz</translation>
    </message>
    <message>
        <source>Model purchase</source>
        <translation>Modellkauf</translation>
    </message>
    <message>
        <source>Corpus purchase</source>
        <translation>Korpuskauf</translation>
    </message>
    <message>
        <source>Software and information services</source>
        <extracomment>Sector of the economy (软件和信息服务业)</extracomment>
        <translation>Software und Informationsdienste</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Verarbeitendes Gewerbe</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator of a list of choices (&quot;A, B, C&quot;); Chinese uses 、</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cd::DraftRepository</name>
    <message>
        <source>lock the schema</source>
        <translation>das Schema sperren</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the drafts database.</source>
        <translation>Der Ordner %1 für die Entwurfsdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the drafts database %1: %2. Is the folder read-only or the disk full?</source>
        <translation>Die Entwurfsdatenbank %1 kann nicht angelegt werden: %2. Ist der Ordner schreibgeschützt oder die Festplatte voll?</translation>
    </message>
    <message>
        <source>Cannot read the drafts database %1: %2</source>
        <translation>Die Entwurfsdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CouponDesk drafts database (not a SQLite file). It was left untouched; choose another file.</source>
        <translation>%1 ist keine CouponDesk-Entwurfsdatenbank (keine SQLite-Datei). Sie wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The database operation that failed: &quot;open the database&quot;</extracomment>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (install libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt (installieren Sie libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>The drafts database %1 failed (%2): %3</source>
        <extracomment>%1 is the database, %2 the operation that failed (such as &quot;open&quot;), %3 the driver&apos;s message</extracomment>
        <translation>Fehler in der Entwurfsdatenbank %1 beim Vorgang „%2“: %3</translation>
    </message>
    <message>
        <source>begin a transaction</source>
        <translation>eine Transaktion beginnen</translation>
    </message>
    <message>
        <source>commit</source>
        <extracomment>The database operation that failed: &quot;commit the transaction&quot;</extracomment>
        <translation>festschreiben</translation>
    </message>
    <message>
        <source>find the applicant</source>
        <translation>den Antragsteller suchen</translation>
    </message>
    <message>
        <source>save the applicant</source>
        <translation>den Antragsteller speichern</translation>
    </message>
    <message>
        <source>create a draft</source>
        <translation>einen Entwurf anlegen</translation>
    </message>
    <message>
        <source>read the applicant</source>
        <translation>den Antragsteller lesen</translation>
    </message>
    <message>
        <source>There is no applicant %1 in the database.</source>
        <translation>In der Datenbank gibt es keinen Antragsteller %1.</translation>
    </message>
    <message>
        <source>list the drafts</source>
        <translation>die Entwürfe auflisten</translation>
    </message>
    <message>
        <source>read draft %1</source>
        <translation>Entwurf %1 lesen</translation>
    </message>
    <message>
        <source>There is no draft %1 in %2.</source>
        <translation>In %2 gibt es keinen Entwurf %1.</translation>
    </message>
    <message>
        <source>save draft %1</source>
        <translation>Entwurf %1 speichern</translation>
    </message>
    <message>
        <source>Draft %1 no longer exists.</source>
        <translation>Entwurf %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Es gibt keinen Entwurf %1.</translation>
    </message>
    <message>
        <source>delete draft %1</source>
        <translation>Entwurf %1 löschen</translation>
    </message>
    <message>
        <source>Draft %1 is open in CouponDesk (%2 on %3); close it there before deleting it.</source>
        <translation>Entwurf %1 ist in CouponDesk geöffnet (%2 auf %3); schließen Sie ihn dort, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <source>list the applicants</source>
        <translation>die Antragsteller auflisten</translation>
    </message>
    <message>
        <source>The contract file %1 is empty.</source>
        <translation>Die Vertragsdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>store the contract</source>
        <translation>den Vertrag speichern</translation>
    </message>
    <message>
        <source>read the contracts</source>
        <translation>die Verträge lesen</translation>
    </message>
    <message>
        <source>read the contract</source>
        <translation>den Vertrag lesen</translation>
    </message>
    <message>
        <source>There is no contract with SHA-256 %1.</source>
        <translation>Es gibt keinen Vertrag mit SHA-256 %1.</translation>
    </message>
    <message>
        <source>count the contracts</source>
        <translation>die Verträge zählen</translation>
    </message>
    <message>
        <source>save the estimate</source>
        <translation>die Schätzung speichern</translation>
    </message>
    <message>
        <source>read the estimate</source>
        <translation>die Schätzung lesen</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>open draft %1</source>
        <translation>Entwurf %1 öffnen</translation>
    </message>
    <message>
        <source>Draft %1 was taken over by %2 on %3 while this window was idle.</source>
        <translation>Entwurf %1 wurde von %2 auf %3 übernommen, während dieses Fenster untätig war.</translation>
    </message>
    <message>
        <source>close draft %1</source>
        <translation>Entwurf %1 schließen</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump).</source>
        <translation>Sicherungen einer PostgreSQL-Datenbank werden auf dem Server erstellt (pg_dump).</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>eine Sicherung erstellen</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>die Datenbank prüfen</translation>
    </message>
</context>
<context>
    <name>cd::DraftSession</name>
    <message>
        <source>This draft is being edited by %1 on %2 (until at least %3). It is shown read-only; close it there to edit it here.</source>
        <translation>Dieser Entwurf wird von %1 auf %2 bearbeitet (mindestens bis %3). Er wird schreibgeschützt angezeigt; schließen Sie ihn dort, um ihn hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path.</source>
        <translation>„%1“ ist kein Feldpfad.</translation>
    </message>
</context>
<context>
    <name>cd::EligibilityChecker</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1, no end date published</source>
        <translation>ab %1, kein Enddatum veröffentlicht</translation>
    </message>
    <message>
        <source>The application date is not given; the program runs %1.</source>
        <translation>Das Antragsdatum fehlt; das Programm läuft %1.</translation>
    </message>
    <message>
        <source>The application date %1 lies within the program&apos;s validity (%2).</source>
        <translation>Das Antragsdatum %1 liegt innerhalb der Laufzeit des Programms (%2).</translation>
    </message>
    <message>
        <source>The application date %1 lies outside the program&apos;s validity (%2).</source>
        <translation>Das Antragsdatum %1 liegt außerhalb der Laufzeit des Programms (%2).</translation>
    </message>
    <message>
        <source>Is the applicant an independent legal person? Not answered yet.</source>
        <translation>Ist der Antragsteller eine selbstständige juristische Person? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>The applicant is an independent legal person.</source>
        <translation>Der Antragsteller ist eine selbstständige juristische Person.</translation>
    </message>
    <message>
        <source>The program requires an independent legal person; branch offices and unincorporated units cannot apply on their own.</source>
        <translation>Das Programm verlangt eine selbstständige juristische Person; Zweigstellen und nicht rechtsfähige Einheiten können nicht selbst beantragen.</translation>
    </message>
    <message>
        <source>The city of registration is not given.</source>
        <translation>Der Sitz (Stadt) ist nicht angegeben.</translation>
    </message>
    <message>
        <source>Registered in %1, where the program applies.</source>
        <translation>Sitz in %1, wo das Programm gilt.</translation>
    </message>
    <message>
        <source>Registered in %1; the program requires registration in %2.</source>
        <translation>Sitz in %1; das Programm verlangt einen Sitz in %2.</translation>
    </message>
    <message>
        <source>The kind of organisation is not given.</source>
        <translation>Die Art der Organisation ist nicht angegeben.</translation>
    </message>
    <message>
        <source>Organisations of the kind &quot;%1&quot; may apply.</source>
        <translation>Organisationen der Art „%1“ können beantragen.</translation>
    </message>
    <message>
        <source>Organisations of the kind &quot;%1&quot; may not apply; the program is open to: %2.</source>
        <translation>Organisationen der Art „%1“ können nicht beantragen; das Programm steht offen für: %2.</translation>
    </message>
    <message>
        <source>The applicant&apos;s sector is not given; the program requires one of: %1.</source>
        <translation>Die Branche des Antragstellers ist nicht angegeben; das Programm verlangt eine von: %1.</translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is eligible.</source>
        <translation>Die Branche „%1“ ist förderfähig.</translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is not eligible; the program requires one of: %2.</source>
        <translation>Die Branche „%1“ ist nicht förderfähig; das Programm verlangt eine von: %2.</translation>
    </message>
    <message>
        <source>The start-up rate is for enterprises; the standard rate of %1 applies.</source>
        <translation>Der Start-up-Satz gilt für Unternehmen; es gilt der Standardsatz von %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enterprises younger than %n month(s) on the application date get the start-up rate of %1; the founding date or application date is missing, so the start-up rate is assumed.</source>
        <translation>
            <numerusform>Unternehmen, die am Antragsdatum jünger als %n Monat sind, erhalten den Start-up-Satz von %1; Gründungs- oder Antragsdatum fehlt, daher wird der Start-up-Satz angenommen.</numerusform>
            <numerusform>Unternehmen, die am Antragsdatum jünger als %n Monate sind, erhalten den Start-up-Satz von %1; Gründungs- oder Antragsdatum fehlt, daher wird der Start-up-Satz angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Founded on %1, less than %n month(s) before the application date %2: the start-up rate of %3 applies.</source>
        <translation>
            <numerusform>Gegründet am %1, weniger als %n Monat vor dem Antragsdatum %2: Es gilt der Start-up-Satz von %3.</numerusform>
            <numerusform>Gegründet am %1, weniger als %n Monate vor dem Antragsdatum %2: Es gilt der Start-up-Satz von %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared a start-up, but founded on %1, %n month(s) or more before the application date %2: the standard rate of %3 applies.</source>
        <translation>
            <numerusform>Als Start-up angegeben, aber gegründet am %1, %n Monat oder mehr vor dem Antragsdatum %2: Es gilt der Standardsatz von %3.</numerusform>
            <numerusform>Als Start-up angegeben, aber gegründet am %1, %n Monate oder mehr vor dem Antragsdatum %2: Es gilt der Standardsatz von %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Founded on %1, %n month(s) or more before the application date %2: the standard rate of %3 applies.</source>
        <translation>
            <numerusform>Gegründet am %1, %n Monat oder mehr vor dem Antragsdatum %2: Es gilt der Standardsatz von %3.</numerusform>
            <numerusform>Gegründet am %1, %n Monate oder mehr vor dem Antragsdatum %2: Es gilt der Standardsatz von %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>%1: is the provider on the program&apos;s register of service providers? Not answered yet.</source>
        <translation>%1: Steht der Anbieter im Anbieterverzeichnis des Programms? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: the provider is a registered service provider.</source>
        <translation>%1: Der Anbieter ist ein registrierter Dienstleister.</translation>
    </message>
    <message>
        <source>%1: the provider is not on the program&apos;s register, so the contract does not count.</source>
        <translation>%1: Der Anbieter steht nicht im Verzeichnis des Programms, daher zählt der Vertrag nicht.</translation>
    </message>
    <message>
        <source>%1: is the provider affiliated with the applicant? Not answered yet.</source>
        <translation>%1: Ist der Anbieter mit dem Antragsteller verbunden? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: the provider is not affiliated with the applicant.</source>
        <translation>%1: Der Anbieter ist nicht mit dem Antragsteller verbunden.</translation>
    </message>
    <message>
        <source>%1: compute rented from an affiliated company does not count.</source>
        <translation>%1: Von einem verbundenen Unternehmen gemietete Rechenleistung zählt nicht.</translation>
    </message>
    <message>
        <source>%1: the signing date is not given; contracts count from %2.</source>
        <translation>%1: Das Unterzeichnungsdatum fehlt; Verträge zählen ab %2.</translation>
    </message>
    <message>
        <source>%1: signed on %2, not before %3.</source>
        <translation>%1: unterzeichnet am %2, nicht vor %3.</translation>
    </message>
    <message>
        <source>%1: signed on %2, before %3, so it does not count.</source>
        <translation>%1: unterzeichnet am %2, vor %3, daher zählt er nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the service period is not given; the term may be at most %n month(s).</source>
        <translation>
            <numerusform>%1: Der Leistungszeitraum fehlt; die Laufzeit darf höchstens %n Monat betragen.</numerusform>
            <numerusform>%1: Der Leistungszeitraum fehlt; die Laufzeit darf höchstens %n Monate betragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the term of at most %n month(s) is kept.</source>
        <translation>
            <numerusform>%1: Die Laufzeit von höchstens %n Monat wird eingehalten.</numerusform>
            <numerusform>%1: Die Laufzeit von höchstens %n Monaten wird eingehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the term exceeds %n month(s), so the contract does not count.</source>
        <translation>
            <numerusform>%1: Die Laufzeit überschreitet %n Monat, daher zählt der Vertrag nicht.</numerusform>
            <numerusform>%1: Die Laufzeit überschreitet %n Monate, daher zählt der Vertrag nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: was the corpus bought through a data trading platform? Not answered yet.</source>
        <translation>%1: Wurde das Korpus über eine Datenhandelsplattform gekauft? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: bought through a data trading platform.</source>
        <translation>%1: über eine Datenhandelsplattform gekauft.</translation>
    </message>
    <message>
        <source>%1: only purchases through a data trading platform count.</source>
        <translation>%1: Nur Käufe über eine Datenhandelsplattform zählen.</translation>
    </message>
    <message>
        <source>%1: is the model filed with the Cyberspace Administration? Not answered yet.</source>
        <translation>%1: Ist das Modell bei der Cyberspace-Verwaltung registriert? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: the model is filed with the Cyberspace Administration.</source>
        <translation>%1: Das Modell ist bei der Cyberspace-Verwaltung registriert.</translation>
    </message>
    <message>
        <source>%1: only models filed with the Cyberspace Administration count.</source>
        <translation>%1: Nur bei der Cyberspace-Verwaltung registrierte Modelle zählen.</translation>
    </message>
    <message>
        <source>%1: has the contract received other public compute funding? Not answered yet.</source>
        <translation>%1: Hat der Vertrag andere öffentliche Rechenleistungsförderung erhalten? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: no other public compute funding.</source>
        <translation>%1: keine andere öffentliche Rechenleistungsförderung.</translation>
    </message>
    <message>
        <source>%1: the program excludes contracts with other public compute funding.</source>
        <translation>%1: Das Programm schließt Verträge mit anderer öffentlicher Rechenleistungsförderung aus.</translation>
    </message>
    <message>
        <source>%1: the contract amount is not given, so it adds nothing to the estimate yet.</source>
        <translation>%1: Der Vertragsbetrag fehlt, daher trägt er noch nichts zur Schätzung bei.</translation>
    </message>
    <message>
        <source>%1: what is the compute used for? Not answered yet.</source>
        <translation>%1: Wofür wird die Rechenleistung verwendet? Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1: the use &quot;%2&quot; is eligible.</source>
        <translation>%1: Die Verwendung „%2“ ist förderfähig.</translation>
    </message>
    <message>
        <source>%1: whether the use &quot;%2&quot; counts is not settled by the sources; treat it as an assumption and ask the program office.</source>
        <translation>%1: Ob die Verwendung „%2“ zählt, klären die Quellen nicht; behandeln Sie es als Annahme und fragen Sie bei der Programmstelle nach.</translation>
    </message>
    <message>
        <source>%1: the use &quot;%2&quot; is not eligible; the program covers: %3.</source>
        <translation>%1: Die Verwendung „%2“ ist nicht förderfähig; das Programm umfasst: %3.</translation>
    </message>
    <message>
        <source>%1: domestic compute gets %2, other compute %3; the origin is not given, so %2 is assumed.</source>
        <translation>%1: Inländische Rechenleistung erhält %2, andere %3; die Herkunft ist nicht angegeben, daher wird %2 angenommen.</translation>
    </message>
    <message>
        <source>%1: domestic compute, rate %2.</source>
        <translation>%1: inländische Rechenleistung, Satz %2.</translation>
    </message>
    <message>
        <source>%1: non-domestic compute, rate %2.</source>
        <translation>%1: nicht inländische Rechenleistung, Satz %2.</translation>
    </message>
    <message>
        <source>The amount is in %1, the program pays in %2; give an exchange rate (for example --exchange-rate %1=7.80) to convert it.</source>
        <translation>Der Betrag ist in %1, das Programm zahlt in %2; geben Sie einen Wechselkurs an (zum Beispiel --exchange-rate %1=7.80), um ihn umzurechnen.</translation>
    </message>
    <message>
        <source>%1 converted at %2 %3 per %4 to %5.</source>
        <translation>%1 zum Kurs von %2 %3 pro %4 umgerechnet in %5.</translation>
    </message>
    <message>
        <source>No contract has been added yet.</source>
        <translation>Es wurde noch kein Vertrag hinzugefügt.</translation>
    </message>
    <message>
        <source>None of the contracts meets the program&apos;s conditions.</source>
        <translation>Keiner der Verträge erfüllt die Bedingungen des Programms.</translation>
    </message>
    <message>
        <source>The counted contracts add up to %1, at least the required %2.</source>
        <translation>Die angerechneten Verträge ergeben zusammen %1, mindestens die verlangten %2.</translation>
    </message>
    <message>
        <source>The counted contracts add up to %1 so far; at least %2 is required, and an amount is still missing.</source>
        <translation>Die angerechneten Verträge ergeben bisher %1; verlangt sind mindestens %2, und ein Betrag fehlt noch.</translation>
    </message>
    <message>
        <source>The counted contracts add up to %1, less than the required annual rental of %2.</source>
        <translation>Die angerechneten Verträge ergeben zusammen %1, weniger als die verlangte jährliche Miete von %2.</translation>
    </message>
</context>
<context>
    <name>cd::EstimatePanel</name>
    <message>
        <source>the rate</source>
        <translation>den Fördersatz</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>die jährliche Obergrenze</translation>
    </message>
    <message>
        <source>other public funding</source>
        <translation>andere öffentliche Förderung</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Estimated subsidy</source>
        <translation>Geschätzter Zuschuss</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Förderfähig</translation>
    </message>
    <message>
        <source>Not eligible — see Eligibility</source>
        <translation>Nicht förderfähig — siehe Förderfähigkeit</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Satz: %1</translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation>Begrenzt durch: %1</translation>
    </message>
    <message>
        <source>Cap left this year: %1</source>
        <translation>Restbetrag dieses Jahr: %1</translation>
    </message>
    <message numerus="yes">
        <source>Open questions: %n</source>
        <translation>
            <numerusform>Offene Fragen: %n</numerusform>
            <numerusform>Offene Fragen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExtractedContract</name>
    <message>
        <source>No text is selected.</source>
        <translation>Es ist kein Text markiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one amount of money.</source>
        <translation>„%1“ ist nicht genau ein Geldbetrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one date.</source>
        <translation>„%1“ ist nicht genau ein Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a whole number.</source>
        <translation>„%1“ enthält keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read from a contract.</source>
        <translation>„%1“ kann nicht aus einem Vertrag gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cd::GpuCatalog</name>
    <message>
        <source>A GPU needs a name.</source>
        <translation>Eine GPU braucht einen Namen.</translation>
    </message>
    <message>
        <source>The peak throughput must be between 0 and 100000 TFLOPS, not %1.</source>
        <translation>Der Spitzendurchsatz muss zwischen 0 und 100000 TFLOPS liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The memory must be between 0 and 100000 GB, not %1.</source>
        <translation>Der Speicher muss zwischen 0 und 100000 GB liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Every figure needs its source.</source>
        <translation>Jede Zahl braucht ihre Quelle.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is too large for a GPU catalog.</source>
        <translation>%1 ist für einen GPU-Katalog zu groß.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>GPU catalog %1: %2</source>
        <translation>GPU-Katalog %1: %2</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2).</source>
        <translation>Kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>A GPU catalog is a JSON object with a &quot;gpus&quot; list.</source>
        <translation>Ein GPU-Katalog ist ein JSON-Objekt mit einer Liste „gpus“.</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>Erwartet: „%1“, gefunden: „%2“.</translation>
    </message>
    <message>
        <source>The catalog lists no GPU.</source>
        <translation>Der Katalog enthält keine GPU.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Erwartet: ein Objekt.</translation>
    </message>
    <message>
        <source>The name or alias &quot;%1&quot; is empty or used twice.</source>
        <translation>Der Name oder Alias „%1“ ist leer oder doppelt vergeben.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n weiteres Problem)</numerusform>
            <numerusform>(%n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The GPU &quot;%1&quot; is not in the catalog. Known GPUs: %2.</source>
        <translation>Die GPU „%1“ ist nicht im Katalog. Bekannte GPUs: %2.</translation>
    </message>
</context>
<context>
    <name>cd::GpuHourPrice</name>
    <message>
        <source>The contract&apos;s GPU count must be at least 1.</source>
        <translation>Die GPU-Anzahl des Vertrags muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The service period must have a start and an end on or after it.</source>
        <translation>Der Leistungszeitraum braucht einen Beginn und ein Ende am oder nach dem Beginn.</translation>
    </message>
    <message>
        <source>The contract amount must be positive.</source>
        <translation>Der Vertragsbetrag muss positiv sein.</translation>
    </message>
</context>
<context>
    <name>cd::HelpDialog</name>
    <message>
        <source>CouponDesk user guide</source>
        <translation>CouponDesk – Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>cd::JsonFields</name>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3.</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs %2 bis %3.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Amounts are written as decimal strings such as &quot;3200000.00&quot;.</source>
        <translation>Beträge werden als Dezimalzeichenketten geschrieben, etwa „3200000.00“.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unbekanntes Feld.</translation>
    </message>
</context>
<context>
    <name>cd::JsonPath</name>
    <message>
        <source>There is no element %1 to change.</source>
        <translation>Es gibt kein Element %1 zum Ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path.</source>
        <translation>„%1“ ist kein Feldpfad.</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>About CouponDesk</source>
        <translation>Über CouponDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CouponDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Applications for public GPU-compute subsidies: eligibility, contracts, estimate and a verifiable application package.&lt;/p&gt;&lt;p&gt;Every rate, cap and date comes from a rule pack with its source and confidence. Estimates are not a decision of the program office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CouponDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Anträge auf öffentliche Förderung von GPU-Rechenleistung: Förderfähigkeit, Verträge, Schätzung und ein überprüfbares Antragspaket.&lt;/p&gt;&lt;p&gt;Jeder Satz, jede Obergrenze und jedes Datum stammt aus einem Regelpaket mit Quelle und Verlässlichkeit. Schätzungen sind keine Entscheidung der Programmstelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CouponDesk</source>
        <translation>Über &amp;CouponDesk</translation>
    </message>
    <message>
        <source>Drafts cannot be saved: %1 You can still fill in and export an application.</source>
        <translation>Entwürfe können nicht gespeichert werden: %1 Sie können trotzdem einen Antrag ausfüllen und exportieren.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <source>This draft cannot be opened: %1</source>
        <translation>Dieser Entwurf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Show amounts in full &amp;yuan</source>
        <translation>Beträge in vollen &amp;Yuan anzeigen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The row could not be saved as a draft: %1</source>
        <translation>Die Zeile konnte nicht als Entwurf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Neuer Antrag</translation>
    </message>
    <message>
        <source>&amp;Batch from spreadsheet…</source>
        <translation>Stapel aus &amp;Tabelle…</translation>
    </message>
    <message>
        <source>&amp;Review packages…</source>
        <translation>Pakete &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open application file</source>
        <translation>Antragsdatei öffnen</translation>
    </message>
    <message>
        <source>Application files (*.json);;All files (*)</source>
        <translation>Antragsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer there; it was removed from the recent files.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation>Noch nichts geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Open application file…</source>
        <translation>Antragsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount such as 3200000.00.</source>
        <translation>„%1“ ist kein Betrag wie 3200000.00.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>Der Betrag %1 ist zu groß.</translation>
    </message>
</context>
<context>
    <name>cd::MoneyFormat</name>
    <message>
        <source>%1万元</source>
        <extracomment>Amount in units of ten thousand yuan; %1 is the number, e.g. 320.00万元</extracomment>
        <translation>%1万元</translation>
    </message>
    <message>
        <source>%1 元</source>
        <extracomment>Full amount in yuan, e.g. 3,200,000.00 元</extracomment>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>cd::OcrEngine</name>
    <message>
        <source>The OCR languages &quot;%1&quot; are not installed (Tesseract could not load them).</source>
        <translation>Die OCR-Sprachen „%1“ sind nicht installiert (Tesseract konnte sie nicht laden).</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>Die Texterkennung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cd::PackageArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>This is not a ZIP file.</source>
        <translation>Das ist keine ZIP-Datei.</translation>
    </message>
    <message>
        <source>Two entries of the package have the same name.</source>
        <translation>Zwei Einträge des Pakets haben denselben Namen.</translation>
    </message>
    <message>
        <source>This is not a readable ZIP file (%1).</source>
        <translation>Das ist keine lesbare ZIP-Datei (%1).</translation>
    </message>
    <message>
        <source>The package has %1 entries; at most %2 are allowed.</source>
        <translation>Das Paket hat %1 Einträge; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Entry %1 of the ZIP directory is unreadable.</source>
        <translation>Eintrag %1 des ZIP-Verzeichnisses ist unlesbar.</translation>
    </message>
    <message>
        <source>Unsafe entry &quot;%1&quot;: %2</source>
        <translation>Unsicherer Eintrag „%1“: %2</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; appears more than once.</source>
        <translation>Der Eintrag „%1“ kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>The folder entry &quot;%1&quot; has data.</source>
        <translation>Der Ordnereintrag „%1“ enthält Daten.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; would unpack to %2 MB; at most %3 MB are allowed.</source>
        <translation>Der Eintrag „%1“ würde auf %2 MB entpackt; höchstens %3 MB sind erlaubt.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; is compressed more than %2:1 (a ZIP bomb?).</source>
        <translation>Der Eintrag „%1“ ist stärker als %2:1 komprimiert (eine ZIP-Bombe?).</translation>
    </message>
    <message>
        <source>The package would unpack to more than %1 MB.</source>
        <translation>Das Paket würde auf mehr als %1 MB entpackt.</translation>
    </message>
    <message>
        <source>The package is encrypted; give its password.</source>
        <translation>Das Paket ist verschlüsselt; geben Sie sein Passwort an.</translation>
    </message>
    <message>
        <source>The password does not open the package.</source>
        <translation>Das Passwort öffnet das Paket nicht.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the entry: %1</source>
        <translation>Der Eintrag kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The entry is damaged or was altered (%1).</source>
        <translation>Der Eintrag ist beschädigt oder wurde verändert (%1).</translation>
    </message>
    <message>
        <source>The entry unpacks to more than its declared %1 bytes.</source>
        <translation>Der Eintrag wird größer entpackt als seine angegebenen %1 Bytes.</translation>
    </message>
    <message>
        <source>The entry is damaged or was altered (checksum error).</source>
        <translation>Der Eintrag ist beschädigt oder wurde verändert (Prüfsummenfehler).</translation>
    </message>
    <message>
        <source>The entry is %1 bytes long, but the ZIP directory says %2.</source>
        <translation>Der Eintrag ist %1 Bytes lang, laut ZIP-Verzeichnis aber %2.</translation>
    </message>
    <message>
        <source>The ZIP file has no entries.</source>
        <translation>Die ZIP-Datei enthält keine Einträge.</translation>
    </message>
</context>
<context>
    <name>cd::PackageCharts</name>
    <message>
        <source>Could not draw the cost chart.</source>
        <translation>Das Kostendiagramm konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>cd::PackageExporter</name>
    <message>
        <source>The contract file &quot;%1&quot; does not exist.</source>
        <translation>Die Vertragsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The contract file &quot;%1&quot; is larger than %2 MB.</source>
        <translation>Die Vertragsdatei „%1“ ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The contract file &quot;%1&quot; is not a PDF.</source>
        <translation>Die Vertragsdatei „%1“ ist kein PDF.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; differs from the one recorded in the application (SHA-256 %2, recorded %3).</source>
        <translation>Die Datei „%1“ weicht von der im Antrag erfassten ab (SHA-256 %2, erfasst %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; use --force to replace it.</source>
        <translation>„%1“ existiert bereits; verwenden Sie --force, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
</context>
<context>
    <name>cd::PackageLayout</name>
    <message>
        <source>the entry has no name</source>
        <translation>der Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>the entry name is too long</source>
        <translation>der Eintragsname ist zu lang</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>path with a drive letter</source>
        <translation>Pfad mit Laufwerksbuchstabe</translation>
    </message>
    <message>
        <source>backslash in the path</source>
        <translation>umgekehrter Schrägstrich im Pfad</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>the path leaves the package (&quot;..&quot;)</source>
        <translation>der Pfad verlässt das Paket („..“)</translation>
    </message>
    <message>
        <source>&quot;.&quot; in the path</source>
        <translation>„.“ im Pfad</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>leerer Pfadabschnitt</translation>
    </message>
</context>
<context>
    <name>cd::PackageManifest</name>
    <message>
        <source>line %1 is not &quot;&lt;sha256&gt;  &lt;path&gt;&quot;</source>
        <translation>Zeile %1 hat nicht die Form „&lt;sha256&gt;  &lt;pfad&gt;“</translation>
    </message>
    <message>
        <source>line %1 has no valid SHA-256 digest</source>
        <translation>Zeile %1 hat keinen gültigen SHA-256-Hash</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;</source>
        <translation>unbekanntes Schema „%1“</translation>
    </message>
    <message>
        <source>&quot;files&quot; must be a list</source>
        <translation>„files“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>files[%1] needs a path, a SHA-256 digest and a size</source>
        <translation>files[%1] braucht einen Pfad, einen SHA-256-Hash und eine Größe</translation>
    </message>
</context>
<context>
    <name>cd::PackageReview</name>
    <message>
        <source>Contract %1 (%2) cannot be written to a temporary file.</source>
        <translation>Vertrag %1 (%2) kann nicht in eine temporäre Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>Contract %1 (%2) cannot be read: %3</source>
        <translation>Vertrag %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Contract %1 (%2): data.json states %3, the contract says %4.</source>
        <translation>Vertrag %1 (%2): data.json nennt %3, der Vertrag %4.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The review was stopped after %n package(s).</source>
        <translation>
            <numerusform>Die Prüfung wurde nach %n Paket angehalten.</numerusform>
            <numerusform>Die Prüfung wurde nach %n Paketen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cd::PackageVerifier</name>
    <message>
        <source>MANIFEST.sha256 is missing.</source>
        <translation>MANIFEST.sha256 fehlt.</translation>
    </message>
    <message>
        <source>manifest.json is missing.</source>
        <translation>manifest.json fehlt.</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 führt „%2“ zweimal auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in %2 but missing from the package.</source>
        <translation>„%1“ ist in %2 aufgeführt, fehlt aber im Paket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was altered: its SHA-256 is %2, %3 says %4.</source>
        <translation>„%1“ wurde verändert: Sein SHA-256 ist %2, %3 nennt %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, %3 says %4.</source>
        <translation>„%1“ hat %2 Bytes, %3 nennt %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the package but not in %2.</source>
        <translation>„%1“ ist im Paket, aber nicht in %2.</translation>
    </message>
    <message>
        <source>The package id in manifest.json does not match its files.</source>
        <translation>Die Paket-ID in manifest.json passt nicht zu seinen Dateien.</translation>
    </message>
    <message>
        <source>MANIFEST.sha256 and manifest.json disagree.</source>
        <translation>MANIFEST.sha256 und manifest.json widersprechen sich.</translation>
    </message>
    <message>
        <source>Contract %1&apos;s file &quot;%2&quot; is not in the package.</source>
        <translation>Die Datei „%2“ von Vertrag %1 ist nicht im Paket.</translation>
    </message>
    <message>
        <source>Contract %1&apos;s file &quot;%2&quot; does not match the SHA-256 in data.json.</source>
        <translation>Die Datei „%2“ von Vertrag %1 passt nicht zum SHA-256 in data.json.</translation>
    </message>
    <message>
        <source>data.json has no &quot;estimate&quot;.</source>
        <translation>data.json hat keine „estimate“.</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not installed, so the estimate cannot be recomputed.</source>
        <translation>Das Programm „%1“ ist nicht installiert, daher kann die Schätzung nicht nachgerechnet werden.</translation>
    </message>
    <message>
        <source>The package was computed with rules version %1; the installed rules are version %2.</source>
        <translation>Das Paket wurde mit Regelversion %1 berechnet; installiert ist Regelversion %2.</translation>
    </message>
    <message>
        <source>eligibility</source>
        <extracomment>The three labels fill %1 of &quot;The %1 in data.json is %2, but recomputing gives %3.&quot;</extracomment>
        <translation>Förderfähigkeit</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>Zuschuss</translation>
    </message>
    <message>
        <source>binding limit</source>
        <translation>maßgebliche Obergrenze</translation>
    </message>
    <message>
        <source>The %1 in data.json is %2, but recomputing gives %3.</source>
        <translation>%1 in data.json ist %2, die Nachrechnung ergibt aber %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>„%1“ fehlt im Paket.</translation>
    </message>
    <message>
        <source>The estimate in data.json has %1 contract lines, but recomputing gives %2.</source>
        <translation>Die Schätzung in data.json hat %1 Vertragszeilen, die Nachrechnung ergibt aber %2.</translation>
    </message>
    <message>
        <source>Contract %1&apos;s &quot;%2&quot; in the estimate in data.json is %3, but recomputing gives %4.</source>
        <extracomment>%1 contract number, %2 a key of data.json such as &quot;base&quot;, %3 and %4 its values</extracomment>
        <translation>„%2“ von Vertrag %1 in der Schätzung in data.json ist %3, die Nachrechnung ergibt aber %4.</translation>
    </message>
</context>
<context>
    <name>cd::PackageWriter</name>
    <message>
        <source>Could not build the ZIP: %1</source>
        <translation>Das ZIP konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Refusing the entry name &quot;%1&quot;: %2</source>
        <translation>Der Eintragsname „%1“ wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; appears twice.</source>
        <translation>Der Eintrag „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; use --force to replace it.</source>
        <translation>„%1“ existiert bereits; verwenden Sie --force, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write in &quot;%1&quot;: %2</source>
        <translation>In „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the package to &quot;%1&quot;.</source>
        <translation>Das Paket kann nicht nach „%1“ verschoben werden.</translation>
    </message>
</context>
<context>
    <name>cd::PageRenderer</name>
    <message>
        <source>The PDF reader sent an unreadable page.</source>
        <translation>Das PDF-Leseprogramm hat eine unlesbare Seite gesendet.</translation>
    </message>
    <message>
        <source>The PDF made the PDF reader stop before the first page could be shown; it is damaged or malformed.</source>
        <translation>Das PDF hat das PDF-Leseprogramm beendet, bevor die erste Seite angezeigt werden konnte; es ist beschädigt oder fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>This page made the PDF reader crash; it is damaged or malformed and cannot be shown.</source>
        <translation>Diese Seite hat das PDF-Leseprogramm abstürzen lassen; sie ist beschädigt oder fehlerhaft aufgebaut und kann nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Opening the PDF took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>Das Öffnen des PDFs dauerte länger als %n Sekunde; es ist vielleicht beschädigt oder darauf angelegt, PDF-Leser aufzuhalten.</numerusform>
            <numerusform>Das Öffnen des PDFs dauerte länger als %n Sekunden; es ist vielleicht beschädigt oder darauf angelegt, PDF-Leser aufzuhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing this page took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>Das Zeichnen dieser Seite dauerte länger als %n Sekunde; sie ist vielleicht beschädigt oder darauf angelegt, PDF-Leser aufzuhalten.</numerusform>
            <numerusform>Das Zeichnen dieser Seite dauerte länger als %n Sekunden; sie ist vielleicht beschädigt oder darauf angelegt, PDF-Leser aufzuhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PdfPageRenderer</name>
    <message>
        <source>The PDF is damaged or incomplete and cannot be shown.</source>
        <translation>Das PDF ist beschädigt oder unvollständig und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Enter it to show the contract.</source>
        <translation>Das PDF ist durch ein Passwort geschützt. Geben Sie es ein, um den Vertrag anzuzeigen.</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>Das Passwort öffnet dieses PDF nicht.</translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation>Das PDF hat keine lesbaren Seiten.</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>Das PDF hat keine Seite %1.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is damaged.</source>
        <translation>Seite %1 des PDFs ist beschädigt.</translation>
    </message>
    <message>
        <source>Page %1 is too large to show at this zoom.</source>
        <translation>Seite %1 ist bei dieser Vergrößerung zu groß zum Anzeigen.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be drawn.</source>
        <translation>Seite %1 des PDFs konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>cd::PdfTextReader</name>
    <message>
        <source>The file is %1 MB; contracts larger than %2 MB are not analysed.</source>
        <translation>Die Datei hat %1 MB; Verträge über %2 MB werden nicht analysiert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Die Datei ist kein PDF-Dokument.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete and cannot be opened.</source>
        <translation>Das PDF ist beschädigt oder unvollständig und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Enter it to analyse the contract.</source>
        <translation>Das PDF ist durch ein Passwort geschützt. Geben Sie es ein, um den Vertrag zu analysieren.</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>Das Passwort öffnet dieses PDF nicht.</translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation>Das PDF hat keine lesbaren Seiten.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (it is probably a scan) and text recognition (OCR) is switched off.</source>
        <translation>Das PDF hat keine Textebene (wahrscheinlich ein Scan) und die Texterkennung (OCR) ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) is not available here, and the PDF has pages without text.</source>
        <translation>Die Texterkennung (OCR) ist hier nicht verfügbar, und das PDF hat Seiten ohne Text.</translation>
    </message>
</context>
<context>
    <name>cd::PdfWorker</name>
    <message>
        <source>No request on stdin.</source>
        <translation>Keine Anfrage auf stdin.</translation>
    </message>
    <message>
        <source>The request on stdin is not JSON.</source>
        <translation>Die Anfrage auf stdin ist kein JSON.</translation>
    </message>
    <message>
        <source>The PDF is too large to analyse.</source>
        <translation>Das PDF ist zu groß für die Analyse.</translation>
    </message>
    <message>
        <source>The PDF did not arrive completely.</source>
        <translation>Das PDF ist nicht vollständig angekommen.</translation>
    </message>
</context>
<context>
    <name>cd::ProgramCatalog</name>
    <message>
        <source>There is no program &quot;%1&quot;. Installed programs: %2.</source>
        <translation>Es gibt kein Programm „%1“. Installierte Programme: %2.</translation>
    </message>
</context>
<context>
    <name>cd::Rate</name>
    <message>
        <source>&quot;%1&quot; is not a rate such as 0.50.</source>
        <translation>„%1“ ist kein Satz wie 0.50.</translation>
    </message>
</context>
<context>
    <name>cd::ReviewTableModel</name>
    <message>
        <source>tampered</source>
        <extracomment>A package whose files differ from its manifests</extracomment>
        <translation>verändert</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>nicht zu öffnen</translation>
    </message>
    <message>
        <source>recomputation differs</source>
        <translation>Nachrechnung weicht ab</translation>
    </message>
    <message>
        <source>program not installed</source>
        <translation>Programm nicht installiert</translation>
    </message>
    <message>
        <source>low-confidence rules</source>
        <translation>Regeln geringer Verlässlichkeit</translation>
    </message>
    <message>
        <source>amount differs from the contract</source>
        <extracomment>The amount the application (or the batch&apos;s CSV) states is not the contract&apos;s total</extracomment>
        <translation>Betrag weicht vom Vertrag ab</translation>
    </message>
    <message>
        <source>contract cannot be read</source>
        <translation>Vertrag nicht lesbar</translation>
    </message>
    <message>
        <source>other rules version</source>
        <translation>andere Regelversion</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Claimed subsidy</source>
        <translation>Beantragter Zuschuss</translation>
    </message>
    <message>
        <source>Recomputed subsidy</source>
        <translation>Nachgerechneter Zuschuss</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>cd::ReviewView</name>
    <message>
        <source>Review of application packages</source>
        <translation>Prüfung von Antragspaketen</translation>
    </message>
    <message>
        <source>Packages &amp;folder:</source>
        <translation>Paket&amp;ordner:</translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation>Paketordner</translation>
    </message>
    <message>
        <source>A folder of application packages (.zip)</source>
        <translation>Ein Ordner mit Antragspaketen (.zip)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the packages folder</source>
        <translation>Paketordner suchen</translation>
    </message>
    <message>
        <source>Read the &amp;contracts in the packages and compare their amounts</source>
        <translation>&amp;Verträge in den Paketen lesen und Beträge vergleichen</translation>
    </message>
    <message>
        <source>Read the contracts and compare their amounts</source>
        <translation>Verträge lesen und Beträge vergleichen</translation>
    </message>
    <message>
        <source>Each contract PDF is analysed again (about a second each) and its total compared with the amount the application states.</source>
        <translation>Jedes Vertrags-PDF wird erneut analysiert (etwa eine Sekunde je Vertrag) und seine Gesamtsumme mit dem Betrag im Antrag verglichen.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>Verify and recompute every package</source>
        <translation>Jedes Paket prüfen und nachrechnen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbrec&amp;hen</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>&amp;Pakete:</translation>
    </message>
    <message>
        <source>Reviewed packages</source>
        <translation>Geprüfte Pakete</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Totals against the annual budget</source>
        <translation>Summen im Vergleich zum Jahresbudget</translation>
    </message>
    <message>
        <source>&amp;Export review as CSV…</source>
        <translation>Prüfung als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the review as CSV</source>
        <translation>Die Prüfung als CSV exportieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Choose a folder of packages</source>
        <translation>Einen Paketordner wählen</translation>
    </message>
    <message>
        <source>Choose a folder of packages.</source>
        <translation>Wählen Sie einen Paketordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The review stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <source>There are no packages (.zip files) in this folder.</source>
        <translation>In diesem Ordner sind keine Pakete (.zip-Dateien).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) flagged: see the flags column.</source>
        <translation>
            <numerusform>%n Paket markiert: siehe die Spalte Markierungen.</numerusform>
            <numerusform>%n Pakete markiert: siehe die Spalte Markierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing the packages…</source>
        <translation>Die Pakete werden geprüft…</translation>
    </message>
    <message>
        <source>Open a folder of packages to see their totals against the program&apos;s annual budget.</source>
        <translation>Öffnen Sie einen Paketordner, um die Summen im Vergleich zum Jahresbudget des Programms zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n markiert</numerusform>
            <numerusform>%n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimed %1, recomputed %2.</source>
        <translation>Beantragt %1, nachgerechnet %2.</translation>
    </message>
    <message>
        <source>Annual budget of the program: %1.</source>
        <translation>Jahresbudget des Programms: %1.</translation>
    </message>
    <message>
        <source>No package states a subsidy, and the program&apos;s annual budget is not known: there is nothing to chart.</source>
        <translation>Kein Paket nennt einen Zuschuss, und das Jahresbudget des Programms ist unbekannt: es gibt nichts darzustellen.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Nachgerechnet</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Jahresbudget</translation>
    </message>
    <message>
        <source>Totals of the reviewed packages against the annual budget</source>
        <translation>Summen der geprüften Pakete im Vergleich zum Jahresbudget</translation>
    </message>
    <message>
        <source>CNY 10,000 (万元)</source>
        <extracomment>万元 = 10,000 yuan</extracomment>
        <translation>10.000 CNY (万元)</translation>
    </message>
    <message>
        <source>Review a folder of packages first.</source>
        <translation>Prüfen Sie zuerst einen Paketordner.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The review was saved to %1.</source>
        <translation>Die Prüfung wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>%1 = &quot;N packages&quot;, %2 = &quot;M flagged&quot;</extracomment>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Only for encrypted packages</source>
        <translation>Nur für verschlüsselte Pakete</translation>
    </message>
    <message>
        <source>Password of encrypted packages</source>
        <translation>Passwort verschlüsselter Pakete</translation>
    </message>
</context>
<context>
    <name>cd::RulePackLoader</name>
    <message>
        <source>Expected &quot;%1&quot;.</source>
        <translation>Erwartet: „%1“.</translation>
    </message>
    <message>
        <source>An id uses lower-case letters, digits and hyphens only.</source>
        <translation>Eine ID besteht nur aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>A version is numbers separated by dots, such as 2024.1.</source>
        <translation>Eine Version besteht aus durch Punkte getrennten Zahlen, etwa 2024.1.</translation>
    </message>
    <message>
        <source>No source with the id &quot;%1&quot; in &quot;sources&quot;.</source>
        <translation>Keine Quelle mit der ID „%1“ in „sources“.</translation>
    </message>
    <message>
        <source>At least one source is needed.</source>
        <translation>Mindestens eine Quelle ist nötig.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Unknown parameter; the engine would ignore it.</source>
        <translation>Unbekannter Parameter; die Engine würde ihn ignorieren.</translation>
    </message>
    <message>
        <source>an object with value, citation and confidence</source>
        <translation>ein Objekt mit value, citation und confidence</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This parameter is required.</source>
        <translation>Dieser Parameter ist erforderlich.</translation>
    </message>
    <message>
        <source>A rate cannot exceed 1.00 (100 %).</source>
        <translation>Ein Satz kann 1.00 (100 %) nicht übersteigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation>Das Zeitfenster endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The program ends before it starts.</source>
        <translation>Das Programm endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>A start-up rate needs the start-up age limit.</source>
        <translation>Ein Start-up-Satz braucht die Altersgrenze für Start-ups.</translation>
    </message>
    <message>
        <source>Domestic and other compute rates come as a pair.</source>
        <translation>Sätze für inländische und andere Rechenleistung gehören zusammen.</translation>
    </message>
    <message>
        <source>A soft cap needs the hard cap (annual_cap).</source>
        <translation>Eine weiche Obergrenze braucht die harte Obergrenze (annual_cap).</translation>
    </message>
    <message>
        <source>The rule pack is not valid JSON (%1 at byte %2).</source>
        <translation>Das Regelpaket ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>A rule pack is a JSON object.</source>
        <translation>Ein Regelpaket ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a rule pack.</source>
        <translation>Die Datei %1 ist für ein Regelpaket zu groß.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n weiteres Problem)</numerusform>
            <numerusform>(%n weitere Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::SchemaMigrations</name>
    <message>
        <source>The database %1 could not be read or upgraded: %2</source>
        <translation>Die Datenbank %1 konnte nicht gelesen oder aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a CouponDesk drafts database (it has other tables). It was left untouched; choose another file or an empty database.</source>
        <translation>%1 ist eine Datenbank, aber keine CouponDesk-Entwurfsdatenbank (sie hat andere Tabellen). Sie wurde nicht verändert; wählen Sie eine andere Datei oder eine leere Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CouponDesk (schema version %2; this version understands up to %3). Update CouponDesk to open it; the database was not changed.</source>
        <translation>Die Datenbank %1 wurde von einem neueren CouponDesk geschrieben (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie CouponDesk, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>cd::SubsidyCalculator</name>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4.</source>
        <translation>%1: %2 × %3 = %4.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 − other public funding %4 = %5.</source>
        <translation>%1: %2 × %3 − andere öffentliche Förderung %4 = %5.</translation>
    </message>
    <message>
        <source>%1: limited to the cap of %2 per contract.</source>
        <translation>%1: begrenzt auf die Obergrenze von %2 pro Vertrag.</translation>
    </message>
    <message>
        <source>The cap of %1 less %2 already received leaves %3; the subsidy is limited to it.</source>
        <translation>Die Obergrenze von %1 abzüglich bereits erhaltener %2 lässt %3; der Zuschuss ist darauf begrenzt.</translation>
    </message>
    <message>
        <source>The cap of %1 less %2 already received leaves %3; %4 remain after this application.</source>
        <translation>Die Obergrenze von %1 abzüglich bereits erhaltener %2 lässt %3; nach diesem Antrag bleiben %4.</translation>
    </message>
    <message>
        <source>Above %1 the program pays only in exceptional cases; the estimate uses the upper limit.</source>
        <translation>Über %1 zahlt das Programm nur in Ausnahmefällen; die Schätzung verwendet die Obergrenze.</translation>
    </message>
</context>
<context>
    <name>cd::TraceView</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ nicht erfüllt</translation>
    </message>
    <message>
        <source>? open</source>
        <translation>? offen</translation>
    </message>
    <message>
        <source>= value</source>
        <translation>= Wert</translation>
    </message>
    <message>
        <source>%1 [assumption]</source>
        <translation>%1 [Annahme]</translation>
    </message>
    <message>
        <source>Source: %1 — confidence %2</source>
        <translation>Quelle: %1 — Verlässlichkeit %2</translation>
    </message>
    <message>
        <source>high</source>
        <extracomment>How reliable the source of a rule is</extracomment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
</context>
<context>
    <name>cd::TrainingComputeEstimator</name>
    <message>
        <source>The number of parameters must be above 0 and at most 1e15.</source>
        <translation>Die Zahl der Parameter muss über 0 und höchstens 1e15 sein.</translation>
    </message>
    <message>
        <source>The number of tokens must be above 0 and at most 1e15.</source>
        <translation>Die Zahl der Tokens muss über 0 und höchstens 1e15 sein.</translation>
    </message>
    <message>
        <source>The number of GPUs must be between 1 and %1.</source>
        <translation>Die Zahl der GPUs muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The MFU is a share of the peak above 0 and at most 1, such as 0.40.</source>
        <translation>Die MFU ist ein Anteil an der Spitzenleistung über 0 und höchstens 1, etwa 0.40.</translation>
    </message>
    <message>
        <source>No GPU with a peak throughput was chosen.</source>
        <translation>Es wurde keine GPU mit Spitzendurchsatz gewählt.</translation>
    </message>
    <message>
        <source>The projected cost is too large to compute.</source>
        <translation>Die prognostizierten Kosten sind zu groß zum Berechnen.</translation>
    </message>
</context>
<context>
    <name>cd::WizardAutosave</name>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved yet (%1) — your input is kept and saving is retried.</source>
        <translation>Noch nicht gespeichert (%1) – Ihre Eingaben bleiben erhalten, das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>cd::cli::BatchCommand</name>
    <message>
        <source>%1 rows, %2 rejected</source>
        <translation>%1 Zeilen, %2 abgelehnt</translation>
    </message>
    <message>
        <source>batch: %1% read, %2</source>
        <translation>Stapel: %1% gelesen, %2</translation>
    </message>
    <message>
        <source>Rows: %1, accepted %2 (%3 up to date from an earlier run), rejected %4.</source>
        <translation>Zeilen: %1, angenommen %2 (%3 aktuell aus einem früheren Lauf), abgelehnt %4.</translation>
    </message>
    <message>
        <source>Eligible %1, not eligible %2, undetermined %3; flagged %4.</source>
        <translation>Förderfähig %1, nicht förderfähig %2, offen %3; markiert %4.</translation>
    </message>
    <message>
        <source>Estimated subsidies: %1 eligible, %2 undetermined.</source>
        <translation>Geschätzte Zuschüsse: %1 förderfähig, %2 offen.</translation>
    </message>
    <message>
        <source>Annual budget of the program: %1.</source>
        <translation>Jahresbudget des Programms: %1.</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see errors.csv.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt: siehe errors.csv.</numerusform>
            <numerusform>%n Zeilen abgelehnt: siehe errors.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON summary on stdout.</source>
        <translation>Eine JSON-Zusammenfassung auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Write the results to this folder.</source>
        <translation>Die Ergebnisse in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>The program to estimate for (default %1).</source>
        <translation>Das Programm, für das geschätzt wird (Standard %1).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the rule pack in this file.</source>
        <translation>Das Regelpaket aus dieser Datei verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Folder of the contract files (default: the CSV&apos;s folder).</source>
        <translation>Ordner der Vertragsdateien (Standard: der Ordner der CSV-Datei).</translation>
    </message>
    <message>
        <source>Rows processed in parallel (default: the number of cores).</source>
        <translation>Parallel verarbeitete Zeilen (Standard: die Zahl der Kerne).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Value of the %1 column for rows that leave it empty.</source>
        <translation>Wert der Spalte %1 für Zeilen, die sie leer lassen.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>batch needs --out DIR.</source>
        <translation>batch braucht --out ORDNER.</translation>
    </message>
    <message>
        <source>The contracts folder %1 does not exist.</source>
        <translation>Der Vertragsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to 256.</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>Do not analyse the contract files (no CSV/contract comparison).</source>
        <translation>Die Vertragsdateien nicht analysieren (kein Abgleich zwischen CSV und Verträgen).</translation>
    </message>
    <message>
        <source>Do not recognise scanned contracts (faster; they are flagged).</source>
        <translation>Gescannte Verträge nicht erkennen (schneller; sie werden markiert).</translation>
    </message>
    <message>
        <source>Estimate from the CSV only: no contract analysis, no packages.</source>
        <translation>Schätzung nur aus der CSV-Datei: keine Vertragsanalyse, keine Pakete.</translation>
    </message>
</context>
<context>
    <name>cd::cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli %1 %2</source>
        <translation>Aufruf: coupondesk-cli %1 %2</translation>
    </message>
    <message>
        <source>Error [%1]: %2</source>
        <translation>Fehler [%1]: %2</translation>
    </message>
    <message>
        <source>This is a bug in CouponDesk. Please report it with the command you ran and this message.</source>
        <translation>Das ist ein Fehler in CouponDesk. Bitte melden Sie ihn mit dem ausgeführten Befehl und dieser Meldung.</translation>
    </message>
    <message>
        <source>Run &quot;coupondesk-cli --help&quot; for the list of commands.</source>
        <translation>Führen Sie „coupondesk-cli --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>cd::cli::DraftsCommand</name>
    <message>
        <source>&quot;%1&quot; is not a draft number; see &quot;coupondesk-cli drafts list&quot;.</source>
        <translation>„%1“ ist keine Entwurfsnummer; siehe „coupondesk-cli drafts list“.</translation>
    </message>
    <message>
        <source>No drafts in %1.</source>
        <translation>Keine Entwürfe in %1.</translation>
    </message>
    <message>
        <source>(no applicant yet)</source>
        <translation>(noch kein Antragsteller)</translation>
    </message>
    <message>
        <source>Draft %1 (%2)</source>
        <translation>Entwurf %1 (%2)</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Wizard position: %1 %2</source>
        <extracomment>%1 is the wizard page id, %2 the field path on it</extracomment>
        <translation>Position im Assistenten: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Contracts: %n</source>
        <translation>
            <numerusform>Verträge: %n</numerusform>
            <numerusform>Verträge: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated subsidy: %1 (rules %2 %3)</source>
        <translation>Geschätzter Zuschuss: %1 (Regeln %2 %3)</translation>
    </message>
    <message numerus="yes">
        <source>A newer rule pack (%1) is installed: the subsidy would be %2 instead of %3; %n rule(s) changed.</source>
        <translation>
            <numerusform>Ein neueres Regelpaket (%1) ist installiert: Der Zuschuss wäre %2 statt %3; %n Regel hat sich geändert.</numerusform>
            <numerusform>Ein neueres Regelpaket (%1) ist installiert: Der Zuschuss wäre %2 statt %3; %n Regeln haben sich geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: no estimate was stored: %1</source>
        <translation>Hinweis: Es wurde keine Schätzung gespeichert: %1</translation>
    </message>
    <message>
        <source>Imported as draft %1.</source>
        <translation>Als Entwurf %1 importiert.</translation>
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation>Entwurf %1 gelöscht.</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>sqlite:///path/file.sqlite or postgresql://user@host:port/dbname (default: the setting, else the user&apos;s data folder).</source>
        <translation>sqlite:///path/file.sqlite oder postgresql://user@host:port/dbname (Standard: die Einstellung, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unknown drafts action &quot;%1&quot;. Usage: coupondesk-cli drafts %2</source>
        <translation>Unbekannte Entwurfsaktion „%1“. Aufruf: coupondesk-cli drafts %2</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli drafts %1</source>
        <translation>Aufruf: coupondesk-cli drafts %1</translation>
    </message>
    <message>
        <source>Draft %1 exported to %2 (sha256 %3).</source>
        <translation>Entwurf %1 nach %2 exportiert (sha256 %3).</translation>
    </message>
    <message>
        <source>Package file to write (export).</source>
        <translation>Zu schreibende Paketdatei (export).</translation>
    </message>
    <message>
        <source>PACKAGE.zip</source>
        <translation>PAKET.zip</translation>
    </message>
    <message>
        <source>Replace an existing package (export).</source>
        <translation>Ein vorhandenes Paket ersetzen (export).</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli drafts export ID --out PACKAGE.zip</source>
        <translation>Aufruf: coupondesk-cli drafts export ID --out PAKET.zip</translation>
    </message>
    <message>
        <source>Note: %1 was read from a contract and is not confirmed; it is left out of the package.</source>
        <translation>Hinweis: %1 wurde aus einem Vertrag gelesen und ist nicht bestätigt; der Wert fehlt im Paket.</translation>
    </message>
</context>
<context>
    <name>cd::cli::EstimateCommand</name>
    <message>
        <source>eligible</source>
        <translation>förderfähig</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht förderfähig</translation>
    </message>
    <message>
        <source>undetermined (questions are open)</source>
        <translation>noch offen (Fragen unbeantwortet)</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>der Fördersatz</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>die jährliche Obergrenze</translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation>andere öffentliche Förderung desselben Vertrags</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Program: %1 (%2, rules %3)</source>
        <translation>Programm: %1 (%2, Regeln %3)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Estimated subsidy: %1</source>
        <translation>Geschätzter Zuschuss: %1</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Fördersatz: %1</translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation>Begrenzt durch: %1</translation>
    </message>
    <message>
        <source>Left under the cap this year: %1</source>
        <translation>Verbleibend unter der Obergrenze in diesem Jahr: %1</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>[assumption]</source>
        <translation>[Annahme]</translation>
    </message>
    <message>
        <source>Source: %1 (confidence: %2)</source>
        <translation>Quelle: %1 (Verlässlichkeit: %2)</translation>
    </message>
    <message>
        <source>Open questions: %1</source>
        <translation>Offene Fragen: %1</translation>
    </message>
    <message>
        <source>--exchange-rate expects CUR=RATE, for example EUR=7.80.</source>
        <translation>--exchange-rate erwartet WÄHRUNG=KURS, zum Beispiel EUR=7.80.</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Use this program instead of the file&apos;s.</source>
        <translation>Dieses Programm statt des Programms der Datei verwenden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the rule pack in this file.</source>
        <translation>Das Regelpaket aus dieser Datei verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Convert a foreign currency, e.g. EUR=7.80 (program currency per unit).</source>
        <translation>Eine Fremdwährung umrechnen, z. B. EUR=7.80 (Programmwährung pro Einheit).</translation>
    </message>
    <message>
        <source>CUR=RATE</source>
        <translation>WÄHRUNG=KURS</translation>
    </message>
</context>
<context>
    <name>cd::cli::ExportCommand</name>
    <message>
        <source>Write the package to this file.</source>
        <translation>Das Paket in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>PACKAGE.zip</source>
        <translation>PAKET.zip</translation>
    </message>
    <message>
        <source>Look for the contract files here (default: the application&apos;s folder).</source>
        <translation>Die Vertragsdateien hier suchen (Standard: der Ordner des Antrags).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Language of the application form.</source>
        <translation>Sprache des Antragsformulars.</translation>
    </message>
    <message>
        <source>Encrypt the package with AES-256 and this password.</source>
        <translation>Das Paket mit AES-256 und diesem Passwort verschlüsseln.</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>Replace an existing package.</source>
        <translation>Ein vorhandenes Paket ersetzen.</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>export needs --out PACKAGE.zip.</source>
        <translation>export braucht --out PAKET.zip.</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>--lang muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>--encrypt-password needs a non-empty password.</source>
        <translation>--encrypt-password braucht ein nicht leeres Passwort.</translation>
    </message>
    <message>
        <source>Wrote %1 (package %2, %3 bytes).</source>
        <translation>%1 geschrieben (Paket %2, %3 Bytes).</translation>
    </message>
    <message>
        <source>Verdict: %1; estimated subsidy: %2</source>
        <translation>Ergebnis: %1; geschätzter Zuschuss: %2</translation>
    </message>
</context>
<context>
    <name>cd::cli::ExtractCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>Text layer: %1</source>
        <translation>Textebene: %1</translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation>OCR: %1</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>(Seite %1)</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>The password of an encrypted PDF.</source>
        <translation>Das Passwort eines verschlüsselten PDFs.</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>Do not recognise pages without a text layer (scans).</source>
        <translation>Seiten ohne Textebene (Scans) nicht erkennen.</translation>
    </message>
    <message>
        <source>Recognising page %1 of %2…</source>
        <translation>Erkenne Seite %1 von %2 …</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Lese Seite %1 von %2 …</translation>
    </message>
</context>
<context>
    <name>cd::cli::Main</name>
    <message>
        <source>list the installed programs, or validate a rule pack</source>
        <translation>die installierten Programme auflisten oder ein Regelpaket prüfen</translation>
    </message>
    <message>
        <source>check an application&apos;s eligibility</source>
        <translation>die Förderfähigkeit eines Antrags prüfen</translation>
    </message>
    <message>
        <source>estimate the subsidy of an application</source>
        <translation>den Zuschuss eines Antrags schätzen</translation>
    </message>
    <message>
        <source>estimate many applicants from a CSV file</source>
        <translation>viele Antragsteller aus einer CSV-Datei schätzen</translation>
    </message>
    <message>
        <source>read a contract PDF and extract its fields</source>
        <translation>einen Vertrags-PDF lesen und seine Felder extrahieren</translation>
    </message>
    <message>
        <source>write an application package (PDF form, data, contracts)</source>
        <translation>ein Antragspaket schreiben (PDF-Formular, Daten, Verträge)</translation>
    </message>
    <message>
        <source>verify application packages</source>
        <translation>Antragspakete prüfen</translation>
    </message>
    <message>
        <source>estimate a training run&apos;s GPU-hours and cost</source>
        <translation>GPU-Stunden und Kosten eines Trainingslaufs schätzen</translation>
    </message>
    <message>
        <source>list, show, import or delete stored drafts</source>
        <translation>gespeicherte Entwürfe auflisten, anzeigen, importieren oder löschen</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli COMMAND [options]</source>
        <translation>Aufruf: coupondesk-cli BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;coupondesk-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Führen Sie „coupondesk-cli BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>cd::cli::PlanCommand</name>
    <message>
        <source>GPU: %1 (%2 TFLOPS 16-bit dense; source: %3, confidence: %4)</source>
        <translation>GPU: %1 (%2 TFLOPS 16 Bit dicht; Quelle: %3, Verlässlichkeit: %4)</translation>
    </message>
    <message>
        <source>Parameters: %1, tokens: %2%3</source>
        <translation>Parameter: %1, Tokens: %2%3</translation>
    </message>
    <message>
        <source> (20 per parameter, Chinchilla)</source>
        <translation> (20 pro Parameter, Chinchilla)</translation>
    </message>
    <message>
        <source>Training compute: %1 FLOPs (6 · N · D)</source>
        <translation>Trainingsrechenaufwand: %1 FLOPs (6 · N · D)</translation>
    </message>
    <message>
        <source>GPU-hours at %1 % MFU: %2</source>
        <translation>GPU-Stunden bei %1 % MFU: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wall-clock on %n GPU(s): %1 hours (%2 days)</source>
        <translation>
            <numerusform>Laufzeit auf %n GPU: %1 Stunden (%2 Tage)</numerusform>
            <numerusform>Laufzeit auf %n GPUs: %1 Stunden (%2 Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1 at %2 per GPU-hour (%3)</source>
        <translation>Kosten: %1 bei %2 pro GPU-Stunde (%3)</translation>
    </message>
    <message>
        <source>from a contract</source>
        <translation>aus einem Vertrag</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>  at %1 % MFU: %2 GPU-hours, %3</source>
        <translation>  bei %1 % MFU: %2 GPU-Stunden, %3</translation>
    </message>
    <message>
        <source>Cost: unknown (give --price in CNY per GPU-hour)</source>
        <translation>Kosten: unbekannt (geben Sie --price in CNY pro GPU-Stunde an)</translation>
    </message>
    <message>
        <source>--price expects CNY per GPU-hour such as 12.50, not &quot;%1&quot;.</source>
        <translation>--price erwartet CNY pro GPU-Stunde wie 12.50, nicht „%1“.</translation>
    </message>
    <message>
        <source>The price per GPU-hour must be positive.</source>
        <translation>Der Preis pro GPU-Stunde muss positiv sein.</translation>
    </message>
    <message>
        <source>--chart writes a .png or an .svg file.</source>
        <translation>--chart schreibt eine .png- oder .svg-Datei.</translation>
    </message>
    <message>
        <source>--chart needs --price.</source>
        <translation>--chart braucht --price.</translation>
    </message>
    <message>
        <source>--start expects a date such as 2025-04-01.</source>
        <translation>--start erwartet ein Datum wie 2025-04-01.</translation>
    </message>
    <message>
        <source>--months expects a whole number.</source>
        <translation>--months erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--subsidy-rate expects a share such as 0.50.</source>
        <translation>--subsidy-rate erwartet einen Anteil wie 0.50.</translation>
    </message>
    <message>
        <source>The subsidy rate is at most 1.</source>
        <translation>Der Fördersatz ist höchstens 1.</translation>
    </message>
    <message>
        <source>--cap-headroom expects an amount such as 8400000.00.</source>
        <translation>--cap-headroom erwartet einen Betrag wie 8400000.00.</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation>Das Diagramm kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Diagramm nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Model parameters N, e.g. 7e9 or 7B.</source>
        <translation>Modellparameter N, z. B. 7e9 oder 7B.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Training tokens D, e.g. 1.4e11 (default 20 × N).</source>
        <translation>Trainingstokens D, z. B. 1.4e11 (Standard 20 × N).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>GPU name or alias, e.g. H800, A100, 910B.</source>
        <translation>GPU-Name oder Alias, z. B. H800, A100, 910B.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Number of GPUs (default 1).</source>
        <translation>Anzahl der GPUs (Standard 1).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation, share of peak (default 0.40).</source>
        <translation>Model-FLOPs-Auslastung, Anteil an der Spitze (Standard 0.40).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Price in CNY per GPU-hour.</source>
        <translation>Preis in CNY pro GPU-Stunde.</translation>
    </message>
    <message>
        <source>CNY_PER_GPU_HOUR</source>
        <translation>CNY_PRO_GPU_STUNDE</translation>
    </message>
    <message>
        <source>Also write the monthly cost chart (.png or .svg).</source>
        <translation>Zusätzlich das monatliche Kostendiagramm schreiben (.png oder .svg).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Chart: first day of the run (default: next month).</source>
        <translation>Diagramm: erster Tag des Laufs (Standard: nächster Monat).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Chart: months shown (default: until the run ends at 30 % MFU).</source>
        <translation>Diagramm: gezeigte Monate (Standard: bis zum Ende des Laufs bei 30 % MFU).</translation>
    </message>
    <message>
        <source>Chart: share of the cost the coupon pays, e.g. 0.50.</source>
        <translation>Diagramm: Anteil der Kosten, den der Gutschein übernimmt, z. B. 0.50.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Chart: what is left under the annual cap, in CNY.</source>
        <translation>Diagramm: was unter der Jahresobergrenze bleibt, in CNY.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>Chart: a second scenario on this GPU.</source>
        <translation>Diagramm: ein zweites Szenario auf dieser GPU.</translation>
    </message>
    <message>
        <source>Chart: a second scenario at this price per GPU-hour.</source>
        <translation>Diagramm: ein zweites Szenario zu diesem Preis pro GPU-Stunde.</translation>
    </message>
    <message>
        <source>plan needs --params and --gpu.</source>
        <translation>plan braucht --params und --gpu.</translation>
    </message>
    <message>
        <source>--params expects a number such as 7e9 or 7B.</source>
        <translation>--params erwartet eine Zahl wie 7e9 oder 7B.</translation>
    </message>
    <message>
        <source>--tokens expects a number such as 1.4e11 or 140B.</source>
        <translation>--tokens erwartet eine Zahl wie 1.4e11 oder 140B.</translation>
    </message>
    <message>
        <source>--gpus expects a whole number.</source>
        <translation>--gpus erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--mfu expects a share such as 0.40.</source>
        <translation>--mfu erwartet einen Anteil wie 0.40.</translation>
    </message>
    <message>
        <source>Warning: your GPU catalog was ignored: %1</source>
        <translation>Warnung: Ihr GPU-Katalog wurde ignoriert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The application has %n contract(s); there is no contract %1.</source>
        <translation>
            <numerusform>Der Antrag hat %n Vertrag; es gibt keinen Vertrag %1.</numerusform>
            <numerusform>Der Antrag hat %n Verträge; es gibt keinen Vertrag %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derive the price per GPU-hour from a contract of this application file: amount ÷ (GPUs × hours of the service period).</source>
        <translation>Den Preis pro GPU-Stunde aus einem Vertrag dieser Antragsdatei ableiten: Betrag ÷ (GPUs × Stunden des Leistungszeitraums).</translation>
    </message>
    <message>
        <source>APPLICATION.json</source>
        <translation>ANTRAG.json</translation>
    </message>
    <message>
        <source>With --price-from: which contract, counted from 1 (default 1).</source>
        <translation>Mit --price-from: welcher Vertrag, gezählt ab 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>Give either --price or --price-from, not both.</source>
        <translation>Geben Sie entweder --price oder --price-from an, nicht beides.</translation>
    </message>
    <message>
        <source>--contract expects a whole number.</source>
        <translation>--contract erwartet eine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>cd::cli::ProgramsCommand</name>
    <message>
        <source>%1: valid rule pack %2, version %3.</source>
        <translation>%1: gültiges Regelpaket %2, Version %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the rule pack is refused (%n problem(s)):</source>
        <translation>
            <numerusform>%1: Das Regelpaket wird abgelehnt (%n Problem):</numerusform>
            <numerusform>%1: Das Regelpaket wird abgelehnt (%n Probleme):</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Check a rule pack file and list every problem.</source>
        <translation>Eine Regelpaketdatei prüfen und jedes Problem auflisten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Warning: a rule pack was skipped: %1</source>
        <translation>Warnung: Ein Regelpaket wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
</context>
<context>
    <name>cd::cli::VerifyCommand</name>
    <message>
        <source>%1: cannot be verified [%2]: %3</source>
        <translation>%1: kann nicht geprüft werden [%2]: %3</translation>
    </message>
    <message>
        <source>%1: OK (%2 files, program %3, subsidy %4)</source>
        <translation>%1: OK (%2 Dateien, Programm %3, Zuschuss %4)</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1: FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Password of an encrypted package.</source>
        <translation>Passwort eines verschlüsselten Pakets.</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>%1: OK (%2 files, program %3)</source>
        <translation>%1: OK (%2 Dateien, Programm %3)</translation>
    </message>
    <message>
        <source>There are no packages (.zip files) in the folder %1.</source>
        <translation>Im Ordner %1 sind keine Pakete (.zip-Dateien).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) verified</source>
        <translation>
            <numerusform>%n Paket geprüft</numerusform>
            <numerusform>%n Pakete geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
</TS>
