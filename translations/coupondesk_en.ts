<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationWizardProgramPage</name>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the banner that shows a problem with the draft</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &amp;city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent &amp;legal person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy already received &amp;this year (CNY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy already received this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CouponDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for GPU-compute subsidies: check eligibility, add your contracts, see the estimate and export a complete application package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Application file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::AmountParser</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fraction of a fen or cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationChecklist</name>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a contact e-mail address such as name@example.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is still open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption (low confidence): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1: the %2</source>
        <extracomment>%1 is the contract&apos;s number, %2 a field such as &quot;amount&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read from the PDF but is not confirmed yet. Confirm or correct it on the contracts page: the estimate needs it.</source>
        <extracomment>%1 is e.g. &quot;Contract 1: the amount&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read from the PDF and is not confirmed yet; the export leaves it out until you confirm or correct it.</source>
        <extracomment>%1 is e.g. &quot;Contract 1: the amount&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationFields</name>
    <message>
        <source>No field given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationJson</name>
    <message>
        <source>The service period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application file must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large for an application file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationPdfWriter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined (questions are open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subsidy rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1, rules version %2 · application date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy already received this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Compute contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed / period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule and explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Requested subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left under the annual cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1: %2 × %3 − %4 (other public funding) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Projected compute cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Documents to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We declare that the information in this application and its attachments is true and complete, that the contracts listed were concluded with providers not affiliated with us, and that the same costs have not received other public funding beyond what is stated above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete input for the application PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CouponDesk application package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizard</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>① Program and applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>④ Compute and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑤ Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑥ Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n open)</source>
        <translation>
            <numerusform>%1  (%n open)</numerusform>
            <numerusform>%1  (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Application — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is open in another window and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each compute-rental contract and check its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider on the program&apos;s &amp;register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;affiliated with the applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other public funding on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of the compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one contract to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop PDF files on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising scanned page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: it needs its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2 You can add the contract by hand with &quot;Add contract&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: values read from the PDF — please check each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages were recognised by OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the PDF with low confidence (%1): please check it against the contract and confirm or correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the PDF (confidence %1), not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the PDF and confirmed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the PDF and corrected by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1: the contract says this</source>
        <extracomment>%1 is a field such as &quot;Amount&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract was typed in. Add its PDF to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of this contract is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now reads &quot;%2&quot; from the contract.</source>
        <extracomment>%1 is a field such as &quot;Amount&quot;, %2 the text the user selected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be kept with the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardCostsPage</name>
    <message>
        <source>Compute and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the GPU plan costs per month and how much of it the coupon pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;parameters (N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;tokens (D):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GP&amp;Us (K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MFU (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice per GPU-hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with another GPU or price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;PU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num&amp;ber of GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ice per GPU-hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute C = 6 · N · D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours = C ÷ (peak × MFU × 3600 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock hours = GPU-hours ÷ K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost = GPU-hours × price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 · N when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracts of this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (domestic)</source>
        <extracomment>A GPU made in China in the GPU list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From contract %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 gives no price: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From contract %1: %2 ÷ (%3 GPUs × %4 h of the service period) = %5 per GPU-hour</source>
        <extracomment>%1 contract number, %2 amount, %3 GPUs, %4 hours of the service period, %5 price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price per GPU-hour such as 10.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of %2 such as 7e9 or 7B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a share of the peak such as 40 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model&apos;s number of parameters to see the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of GPUs to see the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>Result column header: GPU × number of GPUs, e.g. &quot;NVIDIA H800 SXM5 80 GB × 64&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FLOP</source>
        <extracomment>Compute in floating-point operations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h (%2 days)</source>
        <extracomment>Wall-clock time: hours and days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = %1, D = %2%3, peak %4 TFLOP/s (%5), MFU %6 %, price %7 per GPU-hour</source>
        <extracomment>Tooltip of a result: the inputs that went into it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (20 · N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price per GPU-hour or take it from a contract to see the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D = 20 · N (Chinchilla) because no token count was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second scenario is drawn with the training plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the plan&apos;s inputs to see its costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the PDF and not confirmed yet: %1. Check them on the contracts page.</source>
        <extracomment>%1 a list of field names, such as &quot;Amount and GPU count&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardEligibilityPage</name>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each condition of the program, checked against your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these answers the application is not eligible: %1 Changing the answers marked ✗ (or the contracts) would change the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are still open. You can go on and answer them later.</source>
        <translation>
            <numerusform>%n question are still open. You can go on and answer it later.</numerusform>
            <numerusform>%n questions are still open. You can go on and answer them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the applicant an independent legal person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the applicant registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which sector does the applicant work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was the applicant founded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which date will you apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardEstimatePage</name>
    <message>
        <source>the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (no counted contract yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the subsidy is computed, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidy: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left under the cap this year after this application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The program&apos;s rules changed&lt;/b&gt; from version %1 to %2 since this draft was last opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardProgramPage</name>
    <message>
        <source>Program and applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program and tell us who applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; of this draft is not installed. Choose an installed program; your other answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Rules version %2; %n parameter(s) rest on sources of medium or low confidence.</source>
        <translation>
            <numerusform>%1 Rules version %2; %n parameter rests on sources of medium or low confidence.</numerusform>
            <numerusform>%1 Rules version %2; %n parameters rest on sources of medium or low confidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardReviewPage</name>
    <message>
        <source>Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors must be fixed before the export; hints are worth a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks (Enter or double-click to go to the field):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;Error:&quot; or &quot;Hint:&quot;, %2 the message of the check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed below to export the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export application package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export application package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written to %1 (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidy in the package: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated subsidy in the package: %1. It counts only confirmed or typed values; %n value(s) read from the PDFs are not confirmed yet (see the hints).</source>
        <translation>
            <numerusform>Estimated subsidy in the package: %1. It counts only confirmed or typed values; %n value read from the PDFs is not confirmed yet (see the hints).</numerusform>
            <numerusform>Estimated subsidy in the package: %1. It counts only confirmed or typed values; %n values read from the PDFs are not confirmed yet (see the hints).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Banner</name>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BatchRowReader</name>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns; it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The header lacks the required column(s) %1.</source>
        <translation>
            <numerusform>The header lacks the required column %1.</numerusform>
            <numerusform>The header lacks the required columns %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns are separated by &quot;%1&quot; instead of commas. Save the file as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BatchRowValidator</name>
    <message>
        <source>%1 must be a plain decimal amount such as 3200000.00 (no thousands separators, no currency sign), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has fractions of a fen (&quot;%2&quot;): give at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of hours of 0 or more, such as 1200.5, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be enterprise, startup, university or research_institute, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be training, inference or training_and_inference, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of a batch CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The record has %1 field(s), the header %2.</source>
        <translation>
            <numerusform>The record has %1 field, the header %2.</numerusform>
            <numerusform>The record has %1 fields, the header %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>applicant_id may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant_id %1 appears on an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company_name_zh and company_name are both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract file %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period_end is before period_start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field contains the control character U+%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form column=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BatchRowsModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (up to date)</source>
        <extracomment>A row whose result from an earlier run was still valid and was reused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BatchRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %n row(s); run the same command again to complete the rest.</source>
        <translation>
            <numerusform>Interrupted after %n row; run the same command again to complete the rest.</numerusform>
            <numerusform>Interrupted after %n rows; run the same command again to complete the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::BatchState</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BatchSummaryPdf</name>
    <message>
        <source>%1万</source>
        <extracomment>万 = 10,000 yuan; the bins of the subsidy chart are labelled in 万元</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary PDF cannot be painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, rules %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (see errors.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined (questions open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (contract differs, unreadable, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidies, eligible rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidies, undetermined rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program&apos;s annual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of the estimated subsidies (eligible and undetermined rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested total against the program&apos;s annual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program states no annual budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested total is %1 % of the annual budget (dark: eligible, light: undetermined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was interrupted: these figures are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BatchView</name>
    <message>
        <source>Batch of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant &amp;CSV file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants.csv with one applicant per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the applicant CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontracts folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the CSV file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the contracts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary.csv, errors.csv, summary.pdf and packages go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;efaults for empty cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. application_date=2026-05-10; use=training; provider_registered=true</source>
        <extracomment>Keep the column names and values in English: they are what the CSV uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column=value pairs separated by &quot;;&quot;: the value for rows whose cell is empty, like the command line&apos;s --application-date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write application pac&amp;kages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write application packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One application package per accepted row in packages/. Without packages, rows are estimated from the CSV alone (fast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse the contract PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the contract PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each row&apos;s contract and flag amounts or dates that differ from the CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reco&amp;gnise scanned contracts (OCR, slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise scanned contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the applicant CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contracts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the applicant CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracts folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the rows in progress are finished first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The batch was cancelled after %n row(s); start it again with the same settings to complete the rest.</source>
        <translation>
            <numerusform>The batch was cancelled after %n row; start it again with the same settings to complete the rest.</numerusform>
            <numerusform>The batch was cancelled after %n rows; start it again with the same settings to complete the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the reason in the table or in errors.csv.</source>
        <translation>
            <numerusform>%n row rejected: see the reason in the table or in errors.csv.</numerusform>
            <numerusform>%n rows rejected: see the reason in the table or in errors.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 accepted, %3 rejected, %4 flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Interrupted: start again to complete the rest.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1 (eligible %2, undetermined %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual budget of the program: %1; the batch requests %2% of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected row cannot be opened: correct it in the CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has not been processed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractAnalyzer</name>
    <message>
        <source>The PDF worker program &quot;%1&quot; is not installed next to CouponDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF worker could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF made the PDF reader crash or run out of memory; it is damaged or malformed and cannot be analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF reader stopped without a result (exit code %1); the PDF is probably damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text recognition of one page took longer than %n second(s); the analysis was stopped.</source>
        <translation>
            <numerusform>Text recognition of one page took longer than %n second; the analysis was stopped.</numerusform>
            <numerusform>Text recognition of one page took longer than %n seconds; the analysis was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>Reading the PDF took longer than %n second; it may be damaged or built to stall PDF readers.</numerusform>
            <numerusform>Reading the PDF took longer than %n seconds; it may be damaged or built to stall PDF readers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF reader sent an unreadable result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractPageView</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <extracomment>A value typed in the form; the box shows what the contract says there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractTextJson</name>
    <message>
        <source>The contract text from the PDF worker is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractViewer</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the contract (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ &amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in the form is what the contract says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contract PDF to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values were found in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a value in the form or a box on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a field of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from the PDF with low confidence (%1 %), please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from the PDF (%1 % confidence), not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <extracomment>%1 the field, %2 its value, %3 where it came from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;selection for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from the selected text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over the right text on the page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CostChartRenderer</name>
    <message>
        <source>亿元</source>
        <extracomment>Axis unit for Chinese readers: hundred million yuan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元</source>
        <extracomment>Axis unit for Chinese readers: ten thousand yuan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million %1</source>
        <extracomment>Axis unit: %1 is the currency code, e.g. &quot;million CNY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand %1</source>
        <extracomment>Axis unit: %1 is the currency code, e.g. &quot;thousand CNY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected GPU cost and coupon share</source>
        <extracomment>Title of the cost chart (GUI, package and CLI)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to project: no GPU time with a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: total %2, coupon %3, own %4</source>
        <extracomment>%1 scenario (GPU × count), %2 total cost, %3 paid by the coupon, %4 paid by the applicant</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per GPU-hour (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month (%1)</source>
        <extracomment>Left axis title; %1 is the unit, e.g. 万元 or million CNY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative (%1)</source>
        <extracomment>Right axis title; %1 is the unit, e.g. 万元 or million CNY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap reached</source>
        <extracomment>Marks the month in which the coupon stops because the annual cap is reached</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU 30–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual cap reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly GPU cost, coupon share and cumulative cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CostChartView</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter on the chart&apos;s axis: %1 quarter number, %2 two-digit year, e.g. &quot;Q3 25&quot;</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has no GPU count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has no complete service period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection covers 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no GPU time to project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has a period without GPUs, hours or price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scenarios of one chart need the same currency (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan runs for more than %1 months; choose more GPUs or a shorter horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost projection needs a price per GPU-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract has an amount and a service period to project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; &quot;%1&quot; has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters; &quot;%1&quot; has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code (&quot;%2&quot;) is not allowed: only digits and capital letters except I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration authority and organisation type of GB 32100-2015 (for example 91 for a company, 12 for a public institution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3-8 (&quot;%1&quot;) are not an administrative division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 9-17 (&quot;%1&quot;) are not an organisation code: its check digit (GB 11714) does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the unified social credit code should be %1, not %2 (GB 32100-2015): the code has a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>The file ends inside a UTF-8 character (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 or UTF-32 text (&quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL byte (line %1): it is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DatabaseLocation</name>
    <message>
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite URL needs a file: sqlite:///path/file.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL URL looks like postgresql://user@host:port/dbname; &quot;%1&quot; lacks the host or the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite:///path/file.sqlite or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Dialogs</name>
    <message>
        <source>Add contract PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 was wrong. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DomainLabels</name>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and information services</source>
        <extracomment>Sector of the economy (软件和信息服务业)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator of a list of choices (&quot;A, B, C&quot;); Chinese uses 、</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DraftRepository</name>
    <message>
        <source>lock the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the drafts database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the drafts database %1: %2. Is the folder read-only or the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the drafts database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CouponDesk drafts database (not a SQLite file). It was left untouched; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The database operation that failed: &quot;open the database&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database %1 failed (%2): %3</source>
        <extracomment>%1 is the database, %2 the operation that failed (such as &quot;open&quot;), %3 the driver&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <extracomment>The database operation that failed: &quot;commit the transaction&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no applicant %1 in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 is open in CouponDesk (%2 on %3); close it there before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract with SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 was taken over by %2 on %3 while this window was idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DraftSession</name>
    <message>
        <source>This draft is being edited by %1 on %2 (until at least %3). It is shown read-only; close it there to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EligibilityChecker</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, no end date published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date is not given; the program runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date %1 lies within the program&apos;s validity (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date %1 lies outside the program&apos;s validity (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the applicant an independent legal person? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is an independent legal person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program requires an independent legal person; branch offices and unincorporated units cannot apply on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city of registration is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in %1, where the program applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in %1; the program requires registration in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of organisation is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations of the kind &quot;%1&quot; may apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations of the kind &quot;%1&quot; may not apply; the program is open to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s sector is not given; the program requires one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is not eligible; the program requires one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start-up rate is for enterprises; the standard rate of %1 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enterprises younger than %n month(s) on the application date get the start-up rate of %1; the founding date or application date is missing, so the start-up rate is assumed.</source>
        <translation>
            <numerusform>Enterprises younger than %n month on the application date get the start-up rate of %1; the founding date or application date is missing, so the start-up rate is assumed.</numerusform>
            <numerusform>Enterprises younger than %n months on the application date get the start-up rate of %1; the founding date or application date is missing, so the start-up rate is assumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Founded on %1, less than %n month(s) before the application date %2: the start-up rate of %3 applies.</source>
        <translation>
            <numerusform>Founded on %1, less than %n month before the application date %2: the start-up rate of %3 applies.</numerusform>
            <numerusform>Founded on %1, less than %n months before the application date %2: the start-up rate of %3 applies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared a start-up, but founded on %1, %n month(s) or more before the application date %2: the standard rate of %3 applies.</source>
        <translation>
            <numerusform>Declared a start-up, but founded on %1, %n month or more before the application date %2: the standard rate of %3 applies.</numerusform>
            <numerusform>Declared a start-up, but founded on %1, %n months or more before the application date %2: the standard rate of %3 applies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Founded on %1, %n month(s) or more before the application date %2: the standard rate of %3 applies.</source>
        <translation>
            <numerusform>Founded on %1, %n month or more before the application date %2: the standard rate of %3 applies.</numerusform>
            <numerusform>Founded on %1, %n months or more before the application date %2: the standard rate of %3 applies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the provider on the program&apos;s register of service providers? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the provider is a registered service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the provider is not on the program&apos;s register, so the contract does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the provider affiliated with the applicant? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the provider is not affiliated with the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: compute rented from an affiliated company does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signing date is not given; contracts count from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed on %2, not before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed on %2, before %3, so it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the service period is not given; the term may be at most %n month(s).</source>
        <translation>
            <numerusform>%1: the service period is not given; the term may be at most %n month.</numerusform>
            <numerusform>%1: the service period is not given; the term may be at most %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the term of at most %n month(s) is kept.</source>
        <translation>
            <numerusform>%1: the term of at most %n month is kept.</numerusform>
            <numerusform>%1: the term of at most %n months is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the term exceeds %n month(s), so the contract does not count.</source>
        <translation>
            <numerusform>%1: the term exceeds %n month, so the contract does not count.</numerusform>
            <numerusform>%1: the term exceeds %n months, so the contract does not count.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: was the corpus bought through a data trading platform? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bought through a data trading platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only purchases through a data trading platform count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the model filed with the Cyberspace Administration? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model is filed with the Cyberspace Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only models filed with the Cyberspace Administration count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has the contract received other public compute funding? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no other public compute funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the program excludes contracts with other public compute funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the contract amount is not given, so it adds nothing to the estimate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what is the compute used for? Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the use &quot;%2&quot; is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: whether the use &quot;%2&quot; counts is not settled by the sources; treat it as an assumption and ask the program office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the use &quot;%2&quot; is not eligible; the program covers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: domestic compute gets %2, other compute %3; the origin is not given, so %2 is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: domestic compute, rate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: non-domestic compute, rate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in %1, the program pays in %2; give an exchange rate (for example --exchange-rate %1=7.80) to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 converted at %2 %3 per %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract has been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the contracts meets the program&apos;s conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted contracts add up to %1, at least the required %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted contracts add up to %1 so far; at least %2 is required, and an amount is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted contracts add up to %1, less than the required annual rental of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EstimatePanel</name>
    <message>
        <source>the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other public funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible — see Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap left this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open questions: %n</source>
        <translation>
            <numerusform>Open questions: %n</numerusform>
            <numerusform>Open questions: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExtractedContract</name>
    <message>
        <source>No text is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read from a contract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::GpuCatalog</name>
    <message>
        <source>A GPU needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak throughput must be between 0 and 100000 TFLOPS, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory must be between 0 and 100000 GB, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure needs its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a GPU catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU catalog is a JSON object with a &quot;gpus&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog lists no GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or alias &quot;%1&quot; is empty or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n more problem)</numerusform>
            <numerusform>(%n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>The GPU &quot;%1&quot; is not in the catalog. Known GPUs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::GpuHourPrice</name>
    <message>
        <source>The contract&apos;s GPU count must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service period must have a start and an end on or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract amount must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::HelpDialog</name>
    <message>
        <source>CouponDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::JsonFields</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are written as decimal strings such as &quot;3200000.00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::JsonPath</name>
    <message>
        <source>There is no element %1 to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>About CouponDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CouponDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Applications for public GPU-compute subsidies: eligibility, contracts, estimate and a verifiable application package.&lt;/p&gt;&lt;p&gt;Every rate, cap and date comes from a rule pack with its source and confidence. Estimates are not a decision of the program office.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CouponDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts cannot be saved: %1 You can still fill in and export an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show amounts in full &amp;yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row could not be saved as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch from spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open application file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there; it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open application file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount such as 3200000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MoneyFormat</name>
    <message>
        <source>%1万元</source>
        <extracomment>Amount in units of ten thousand yuan; %1 is the number, e.g. 320.00万元</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 元</source>
        <extracomment>Full amount in yuan, e.g. 3,200,000.00 元</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::OcrEngine</name>
    <message>
        <source>The OCR languages &quot;%1&quot; are not installed (Tesseract could not load them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two entries of the package have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable ZIP file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has %1 entries; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the ZIP directory is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder entry &quot;%1&quot; has data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; would unpack to %2 MB; at most %3 MB are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; is compressed more than %2:1 (a ZIP bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package would unpack to more than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted; give its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is damaged or was altered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry unpacks to more than its declared %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is damaged or was altered (checksum error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is %1 bytes long, but the ZIP directory says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageCharts</name>
    <message>
        <source>Could not draw the cost chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageExporter</name>
    <message>
        <source>The contract file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract file &quot;%1&quot; is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract file &quot;%1&quot; is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; differs from the one recorded in the application (SHA-256 %2, recorded %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageLayout</name>
    <message>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslash in the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path leaves the package (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;.&quot; in the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageManifest</name>
    <message>
        <source>line %1 is not &quot;&lt;sha256&gt;  &lt;path&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has no valid SHA-256 digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files[%1] needs a path, a SHA-256 digest and a size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageReview</name>
    <message>
        <source>Contract %1 (%2) cannot be written to a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 (%2) cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 (%2): data.json states %3, the contract says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The review was stopped after %n package(s).</source>
        <translation>
            <numerusform>The review was stopped after %n package.</numerusform>
            <numerusform>The review was stopped after %n packages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageVerifier</name>
    <message>
        <source>MANIFEST.sha256 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in %2 but missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was altered: its SHA-256 is %2, %3 says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, %3 says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the package but not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package id in manifest.json does not match its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST.sha256 and manifest.json disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1&apos;s file &quot;%2&quot; is not in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1&apos;s file &quot;%2&quot; does not match the SHA-256 in data.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.json has no &quot;estimate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not installed, so the estimate cannot be recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was computed with rules version %1; the installed rules are version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility</source>
        <extracomment>The three labels fill %1 of &quot;The %1 in data.json is %2, but recomputing gives %3.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 in data.json is %2, but recomputing gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate in data.json has %1 contract lines, but recomputing gives %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1&apos;s &quot;%2&quot; in the estimate in data.json is %3, but recomputing gives %4.</source>
        <extracomment>%1 contract number, %2 a key of data.json such as &quot;base&quot;, %3 and %4 its values</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PackageWriter</name>
    <message>
        <source>Could not build the ZIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing the entry name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the package to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PageRenderer</name>
    <message>
        <source>The PDF reader sent an unreadable page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF made the PDF reader stop before the first page could be shown; it is damaged or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page made the PDF reader crash; it is damaged or malformed and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening the PDF took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>Opening the PDF took longer than %n second; it may be damaged or built to stall PDF readers.</numerusform>
            <numerusform>Opening the PDF took longer than %n seconds; it may be damaged or built to stall PDF readers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing this page took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>Drawing this page took longer than %n second; it may be damaged or built to stall PDF readers.</numerusform>
            <numerusform>Drawing this page took longer than %n seconds; it may be damaged or built to stall PDF readers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PdfPageRenderer</name>
    <message>
        <source>The PDF is damaged or incomplete and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Enter it to show the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is too large to show at this zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PdfTextReader</name>
    <message>
        <source>The file is %1 MB; contracts larger than %2 MB are not analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Enter it to analyse the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no text layer (it is probably a scan) and text recognition (OCR) is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition (OCR) is not available here, and the PDF has pages without text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PdfWorker</name>
    <message>
        <source>No request on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request on stdin is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is too large to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF did not arrive completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ProgramCatalog</name>
    <message>
        <source>There is no program &quot;%1&quot;. Installed programs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Rate</name>
    <message>
        <source>&quot;%1&quot; is not a rate such as 0.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReviewTableModel</name>
    <message>
        <source>tampered</source>
        <extracomment>A package whose files differ from its manifests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recomputation differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low-confidence rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount differs from the contract</source>
        <extracomment>The amount the application (or the batch&apos;s CSV) states is not the contract&apos;s total</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReviewView</name>
    <message>
        <source>Review of application packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of application packages (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the packages folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;contracts in the packages and compare their amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the contracts and compare their amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contract PDF is analysed again (about a second each) and its total compared with the amount the application states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and recompute every package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals against the annual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export review as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no packages (.zip files) in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) flagged: see the flags column.</source>
        <translation>
            <numerusform>%n package flagged: see the flags column.</numerusform>
            <numerusform>%n packages flagged: see the flags column.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of packages to see their totals against the program&apos;s annual budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimed %1, recomputed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual budget of the program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package states a subsidy, and the program&apos;s annual budget is not known: there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the reviewed packages against the annual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY 10,000 (万元)</source>
        <extracomment>万元 = 10,000 yuan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a folder of packages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>%1 = &quot;N packages&quot;, %2 = &quot;M flagged&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for encrypted packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of encrypted packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RulePackLoader</name>
    <message>
        <source>Expected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id uses lower-case letters, digits and hyphens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is numbers separated by dots, such as 2024.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source with the id &quot;%1&quot; in &quot;sources&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one source is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter; the engine would ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with value, citation and confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parameter is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate cannot exceed 1.00 (100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start-up rate needs the start-up age limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic and other compute rates come as a pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft cap needs the hard cap (annual_cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule pack is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large for a rule pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n more problem)</numerusform>
            <numerusform>(%n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::SchemaMigrations</name>
    <message>
        <source>The database %1 could not be read or upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a CouponDesk drafts database (it has other tables). It was left untouched; choose another file or an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CouponDesk (schema version %2; this version understands up to %3). Update CouponDesk to open it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SubsidyCalculator</name>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 − other public funding %4 = %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: limited to the cap of %2 per contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap of %1 less %2 already received leaves %3; the subsidy is limited to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap of %1 less %2 already received leaves %3; %4 remain after this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1 the program pays only in exceptional cases; the estimate uses the upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TraceView</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [assumption]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 — confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <extracomment>How reliable the source of a rule is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TrainingComputeEstimator</name>
    <message>
        <source>The number of parameters must be above 0 and at most 1e15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of tokens must be above 0 and at most 1e15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of GPUs must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MFU is a share of the peak above 0 and at most 1, such as 0.40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU with a peak throughput was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projected cost is too large to compute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::WizardAutosave</name>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (%1) — your input is kept and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::BatchCommand</name>
    <message>
        <source>%1 rows, %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch: %1% read, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1, accepted %2 (%3 up to date from an earlier run), rejected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible %1, not eligible %2, undetermined %3; flagged %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidies: %1 eligible, %2 undetermined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual budget of the program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see errors.csv.</source>
        <translation>
            <numerusform>%n row rejected: see errors.csv.</numerusform>
            <numerusform>%n rows rejected: see errors.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON summary on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program to estimate for (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rule pack in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the contract files (default: the CSV&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows processed in parallel (default: the number of cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the %1 column for rows that leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracts folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not analyse the contract files (no CSV/contract comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not recognise scanned contracts (faster; they are flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate from the CSV only: no contract analysis, no packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in CouponDesk. Please report it with the command you ran and this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;coupondesk-cli --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::DraftsCommand</name>
    <message>
        <source>&quot;%1&quot; is not a draft number; see &quot;coupondesk-cli drafts list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no applicant yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard position: %1 %2</source>
        <extracomment>%1 is the wizard page id, %2 the field path on it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contracts: %n</source>
        <translation>
            <numerusform>Contracts: %n</numerusform>
            <numerusform>Contracts: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated subsidy: %1 (rules %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A newer rule pack (%1) is installed: the subsidy would be %2 instead of %3; %n rule(s) changed.</source>
        <translation>
            <numerusform>A newer rule pack (%1) is installed: the subsidy would be %2 instead of %3; %n rule changed.</numerusform>
            <numerusform>A newer rule pack (%1) is installed: the subsidy would be %2 instead of %3; %n rules changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: no estimate was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:///path/file.sqlite or postgresql://user@host:port/dbname (default: the setting, else the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown drafts action &quot;%1&quot;. Usage: coupondesk-cli drafts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli drafts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 exported to %2 (sha256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file to write (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACKAGE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing package (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli drafts export ID --out PACKAGE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 was read from a contract and is not confirmed; it is left out of the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::EstimateCommand</name>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined (questions are open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1 (%2, rules %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated subsidy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left under the cap this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[assumption]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (confidence: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exchange-rate expects CUR=RATE, for example EUR=7.80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this program instead of the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rule pack in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a foreign currency, e.g. EUR=7.80 (program currency per unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUR=RATE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::ExportCommand</name>
    <message>
        <source>Write the package to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACKAGE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the contract files here (default: the application&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the application form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the package with AES-256 and this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out PACKAGE.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encrypt-password needs a non-empty password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (package %2, %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1; estimated subsidy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::ExtractCommand</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of an encrypted PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not recognise pages without a text layer (scans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::Main</name>
    <message>
        <source>list the installed programs, or validate a rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an application&apos;s eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate the subsidy of an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate many applicants from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a contract PDF and extract its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an application package (PDF form, data, contracts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify application packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate a training run&apos;s GPU-hours and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, import or delete stored drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;coupondesk-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::PlanCommand</name>
    <message>
        <source>GPU: %1 (%2 TFLOPS 16-bit dense; source: %3, confidence: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1, tokens: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (20 per parameter, Chinchilla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compute: %1 FLOPs (6 · N · D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours at %1 % MFU: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wall-clock on %n GPU(s): %1 hours (%2 days)</source>
        <translation>
            <numerusform>Wall-clock on %n GPU: %1 hours (%2 days)</numerusform>
            <numerusform>Wall-clock on %n GPUs: %1 hours (%2 days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1 at %2 per GPU-hour (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  at %1 % MFU: %2 GPU-hours, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: unknown (give --price in CNY per GPU-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price expects CNY per GPU-hour such as 12.50, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per GPU-hour must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart writes a .png or an .svg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart needs --price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start expects a date such as 2025-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months expects a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subsidy-rate expects a share such as 0.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subsidy rate is at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cap-headroom expects an amount such as 8400000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters N, e.g. 7e9 or 7B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tokens D, e.g. 1.4e11 (default 20 × N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU name or alias, e.g. H800, A100, 910B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GPUs (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model FLOPs utilisation, share of peak (default 0.40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in CNY per GPU-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY_PER_GPU_HOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the monthly cost chart (.png or .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: first day of the run (default: next month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: months shown (default: until the run ends at 30 % MFU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: share of the cost the coupon pays, e.g. 0.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: what is left under the annual cap, in CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: a second scenario on this GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: a second scenario at this price per GPU-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan needs --params and --gpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--params expects a number such as 7e9 or 7B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens expects a number such as 1.4e11 or 140B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpus expects a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mfu expects a share such as 0.40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: your GPU catalog was ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The application has %n contract(s); there is no contract %1.</source>
        <translation>
            <numerusform>The application has %n contract; there is no contract %1.</numerusform>
            <numerusform>The application has %n contracts; there is no contract %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derive the price per GPU-hour from a contract of this application file: amount ÷ (GPUs × hours of the service period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICATION.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --price-from: which contract, counted from 1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --price or --price-from, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contract expects a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::ProgramsCommand</name>
    <message>
        <source>%1: valid rule pack %2, version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the rule pack is refused (%n problem(s)):</source>
        <translation>
            <numerusform>%1: the rule pack is refused (%n problem):</numerusform>
            <numerusform>%1: the rule pack is refused (%n problems):</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a rule pack file and list every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a rule pack was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::VerifyCommand</name>
    <message>
        <source>%1: cannot be verified [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK (%2 files, program %3, subsidy %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of an encrypted package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK (%2 files, program %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no packages (.zip files) in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) verified</source>
        <translation>
            <numerusform>%n package verified</numerusform>
            <numerusform>%n packages verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
</TS>
