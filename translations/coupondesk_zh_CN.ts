<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationWizardProgramPage</name>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the banner that shows a problem with the draft</extracomment>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>申报项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <source>Application &amp;date:</source>
        <translation>申请日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请单位名称</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Applicant name in English</source>
        <translation>申请单位英文名称</translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation>单位类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Registered &amp;city:</source>
        <translation>注册城市(&amp;C)：</translation>
    </message>
    <message>
        <source>Registered city</source>
        <translation>注册城市</translation>
    </message>
    <message>
        <source>Independent &amp;legal person:</source>
        <translation>是否独立法人(&amp;L)：</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>独立法人</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;R)：</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>联系邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Subsidy already received &amp;this year (CNY):</source>
        <translation>本年度已获补贴(&amp;T)（元）：</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Subsidy already received this year</source>
        <translation>本年度已获补贴</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CouponDesk</source>
        <translation>CouponDesk 算力券申报助手</translation>
    </message>
    <message>
        <source>Apply for GPU-compute subsidies: check eligibility, add your contracts, see the estimate and export a complete application package.</source>
        <translation>申请 GPU 算力补贴：核查申报资格、添加算力合同、查看补贴测算，并导出完整的申报材料包。</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>&amp;Batch from spreadsheet</source>
        <translation>从表格批量申报(&amp;B)</translation>
    </message>
    <message>
        <source>Batch from spreadsheet</source>
        <translation>从表格批量申报</translation>
    </message>
    <message>
        <source>&amp;Review packages</source>
        <translation>审核材料包(&amp;R)</translation>
    </message>
    <message>
        <source>Review packages</source>
        <translation>审核材料包</translation>
    </message>
    <message>
        <source>Installed programs</source>
        <translation>已安装的申报项目</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>搜索草稿</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>撤销删除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>申报项目(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;cent files</source>
        <translation>最近打开(&amp;C)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Application file</source>
        <translation>申报文件</translation>
    </message>
    <message>
        <source>Batch spreadsheet</source>
        <translation>批量申报表格</translation>
    </message>
    <message>
        <source>Packages to review</source>
        <translation>待审核材料包</translation>
    </message>
</context>
<context>
    <name>cd::AmountParser</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation>“%1”金额过大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fraction of a fen or cent.</source>
        <translation>“%1”含有不足一分的小数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a negative amount.</source>
        <translation>“%1”为负数金额。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationChecklist</name>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请填写申请单位名称。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter a contact e-mail address such as name@example.cn.</source>
        <translation>请填写联系邮箱，例如 name@example.cn。</translation>
    </message>
    <message>
        <source>This question is still open: %1.</source>
        <translation>此问题尚待回答：%1。</translation>
    </message>
    <message>
        <source>Assumption (low confidence): %1</source>
        <translation>假设（可信度低）：%1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>start of the service period</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>end of the service period</source>
        <translation>服务结束日期</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>number of GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>卡时数</translation>
    </message>
    <message>
        <source>Contract %1: the %2</source>
        <extracomment>%1 is the contract&apos;s number, %2 a field such as &quot;amount&quot;</extracomment>
        <translation>合同 %1 的%2</translation>
    </message>
    <message>
        <source>%1 was read from the PDF but is not confirmed yet. Confirm or correct it on the contracts page: the estimate needs it.</source>
        <extracomment>%1 is e.g. &quot;Contract 1: the amount&quot;</extracomment>
        <translation>%1从 PDF 中读取，尚未确认。请在“算力合同”页确认或更正：测算需要此项。</translation>
    </message>
    <message>
        <source>%1 was read from the PDF and is not confirmed yet; the export leaves it out until you confirm or correct it.</source>
        <extracomment>%1 is e.g. &quot;Contract 1: the amount&quot;</extracomment>
        <translation>%1从 PDF 中读取，尚未确认；在您确认或更正之前，导出时不计入此项。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationFields</name>
    <message>
        <source>No field given.</source>
        <translation>未指定字段。</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>不存在该字段。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationJson</name>
    <message>
        <source>The service period ends before it starts.</source>
        <translation>服务期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as CNY.</source>
        <translation>“%1”不是三个字母的货币代码（如 CNY）。</translation>
    </message>
    <message>
        <source>GPU-hours must not be negative.</source>
        <translation>GPU 时数不能为负数。</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>应为“%1”，实际为“%2”。</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>应为%1。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The application file must be a JSON object.</source>
        <translation>申请文件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is too large for an application file.</source>
        <translation>文件 %1 过大，不是有效的申请文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationPdfWriter</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>初创企业</translation>
    </message>
    <message>
        <source>university</source>
        <translation>高等院校</translation>
    </message>
    <message>
        <source>research institute</source>
        <translation>科研院所</translation>
    </message>
    <message>
        <source>training</source>
        <translation>模型训练</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>模型推理</translation>
    </message>
    <message>
        <source>training and inference</source>
        <translation>训练及推理</translation>
    </message>
    <message>
        <source>model purchase</source>
        <translation>模型采购</translation>
    </message>
    <message>
        <source>corpus purchase</source>
        <translation>语料采购</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合申报条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合申报条件</translation>
    </message>
    <message>
        <source>undetermined (questions are open)</source>
        <translation>尚无法确定（有问题待回答）</translation>
    </message>
    <message>
        <source>the subsidy rate</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>年度补贴上限</translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation>同一合同已获的其他财政资助</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Application for %1</source>
        <translation>%1 申请书</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>致：%1</translation>
    </message>
    <message>
        <source>Program %1, rules version %2 · application date %3</source>
        <translation>申报项目 %1，规则版本 %2 · 申请日期 %3</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>一、申请单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Type of entity</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>注册地</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>是否独立法人</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Subsidy already received this year</source>
        <translation>本年度已获补贴</translation>
    </message>
    <message>
        <source>2. Compute contracts</source>
        <translation>二、算力合同</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Signed / period</source>
        <translation>签订日期 / 服务期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>3. Eligibility</source>
        <translation>三、申报资格</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Rule and explanation</source>
        <translation>规则及说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>(assumption)</source>
        <translation>（假设）</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <source>Open questions: %1</source>
        <translation>待回答问题：%1</translation>
    </message>
    <message>
        <source>4. Requested subsidy</source>
        <translation>四、申请补贴金额</translation>
    </message>
    <message>
        <source>Estimated subsidy</source>
        <translation>预计补贴金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>受限于</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Left under the annual cap</source>
        <translation>年度上限剩余额度</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Contract %1: not counted</source>
        <translation>合同 %1：不计入</translation>
    </message>
    <message>
        <source>Contract %1: %2 × %3 − %4 (other public funding) = %5</source>
        <translation>合同 %1：%2 × %3 − %4（其他财政资助）= %5</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>5. Projected compute cost</source>
        <translation>五、算力成本预测</translation>
    </message>
    <message>
        <source>6. Documents to attach</source>
        <translation>六、随附材料</translation>
    </message>
    <message>
        <source>7. Declaration</source>
        <translation>七、申报承诺</translation>
    </message>
    <message>
        <source>We declare that the information in this application and its attachments is true and complete, that the contracts listed were concluded with providers not affiliated with us, and that the same costs have not received other public funding beyond what is stated above.</source>
        <translation>本单位郑重承诺：本申请书及附件所填信息真实、完整；所列合同均与非关联服务商签订；除上文所述外，相关费用未获得其他财政资金支持。</translation>
    </message>
    <message>
        <source>Legal representative (signature)</source>
        <translation>法定代表人（签字）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation>姓名（正楷）</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>单位公章</translation>
    </message>
    <message>
        <source>Incomplete input for the application PDF.</source>
        <translation>生成申请书 PDF 所需的信息不完整。</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>CouponDesk application package %1</source>
        <translation>CouponDesk 申报材料包 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>无法完成 PDF 生成。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizard</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>① Program and applicant</source>
        <translation>① 申报项目与申请单位</translation>
    </message>
    <message>
        <source>② Eligibility</source>
        <translation>② 申报资格</translation>
    </message>
    <message>
        <source>③ Contracts</source>
        <translation>③ 算力合同</translation>
    </message>
    <message>
        <source>④ Compute and costs</source>
        <translation>④ 算力与成本</translation>
    </message>
    <message>
        <source>⑤ Estimate</source>
        <translation>⑤ 补贴测算</translation>
    </message>
    <message>
        <source>⑥ Review and export</source>
        <translation>⑥ 核对与导出</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n open)</source>
        <translation>
            <numerusform>%1（%n 项待答）</numerusform>
        </translation>
    </message>
    <message>
        <source>Application — %1</source>
        <translation>申请 — %1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>This draft is open in another window and cannot be changed here.</source>
        <translation>此草稿已在另一个窗口中打开，无法在此处修改。</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>算力合同</translation>
    </message>
    <message>
        <source>Add each compute-rental contract and check its details.</source>
        <translation>逐一添加算力租赁合同，并核对合同信息。</translation>
    </message>
    <message>
        <source>&amp;Add contract</source>
        <translation>添加合同(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Contract details</source>
        <translation>合同信息</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider on the program&apos;s &amp;register:</source>
        <translation>服务商在项目备案名录内(&amp;B)：</translation>
    </message>
    <message>
        <source>Provider &amp;affiliated with the applicant:</source>
        <translation>服务商与申请单位有关联(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Service &amp;from:</source>
        <translation>服务开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Service &amp;until:</source>
        <translation>服务结束日期(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>合同金额(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Other public funding on it:</source>
        <translation>已获其他财政资助(&amp;O)：</translation>
    </message>
    <message>
        <source>Use of the compute</source>
        <translation>算力用途</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>用途(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation>GPU 型号(&amp;G)：</translation>
    </message>
    <message>
        <source>GPU &amp;count:</source>
        <translation>GPU 数量(&amp;C)：</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add at least one contract to go on.</source>
        <translation>请至少添加一份合同后再继续。</translation>
    </message>
    <message>
        <source>Add &amp;PDF…</source>
        <translation>添加 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Or drop PDF files on this page.</source>
        <translation>也可以将 PDF 文件拖放到此页面。</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>分析进度</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>取消分析(&amp;C)</translation>
    </message>
    <message>
        <source>Recognising scanned page %1 of %2…</source>
        <translation>正在识别第 %1 页扫描页（共 %2 页）…</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>正在读取第 %1 页（共 %2 页）…</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>正在分析 %1…</translation>
    </message>
    <message>
        <source>%1 was not added: it needs its password.</source>
        <translation>未添加 %1：需要输入该文件的密码。</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2 You can add the contract by hand with &quot;Add contract&quot;.</source>
        <translation>无法读取 %1：%2 您可以通过“添加合同”手动添加该合同。</translation>
    </message>
    <message>
        <source>%1: values read from the PDF — please check each one.</source>
        <translation>%1：以下数值读取自 PDF，请逐项核对。</translation>
    </message>
    <message>
        <source>Not found in the document: %1.</source>
        <translation>文档中未找到：%1。</translation>
    </message>
    <message>
        <source>Scanned pages were recognised by OCR.</source>
        <translation>扫描页已通过 OCR 识别。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Read from the PDF with low confidence (%1): please check it against the contract and confirm or correct it.</source>
        <translation>从 PDF 中读取，可信度较低（%1）：请对照合同核对，并确认或更正。</translation>
    </message>
    <message>
        <source>Read from the PDF (confidence %1), not confirmed yet.</source>
        <translation>从 PDF 中读取（可信度 %1），尚未确认。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Read from the PDF and confirmed by you.</source>
        <translation>从 PDF 中读取，并已由您确认。</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Read from the PDF and corrected by you.</source>
        <translation>从 PDF 中读取，并已由您更正。</translation>
    </message>
    <message>
        <source>Confirm %1: the contract says this</source>
        <extracomment>%1 is a field such as &quot;Amount&quot;</extracomment>
        <translation>确认%1：合同中就是此值</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>确认%1</translation>
    </message>
    <message>
        <source>This contract was typed in. Add its PDF to see it here.</source>
        <translation>此合同为手动录入。添加其 PDF 后即可在此查看。</translation>
    </message>
    <message>
        <source>The PDF of this contract is not available.</source>
        <translation>无法获取此合同的 PDF。</translation>
    </message>
    <message>
        <source>%1 now reads &quot;%2&quot; from the contract.</source>
        <extracomment>%1 is a field such as &quot;Amount&quot;, %2 the text the user selected</extracomment>
        <translation>%1现取自合同中的“%2”。</translation>
    </message>
    <message>
        <source>The PDF could not be kept with the draft: %1</source>
        <translation>PDF 未能随草稿保存：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardCostsPage</name>
    <message>
        <source>Compute and costs</source>
        <translation>算力与成本</translation>
    </message>
    <message>
        <source>What the GPU plan costs per month and how much of it the coupon pays.</source>
        <translation>GPU 使用计划每月的费用，以及其中由算力券承担的部分。</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source>Model &amp;parameters (N):</source>
        <translation>模型参数量 N(&amp;P)：</translation>
    </message>
    <message>
        <source>Training &amp;tokens (D):</source>
        <translation>训练词元数 D(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>Number of GP&amp;Us (K):</source>
        <translation>GPU 数量 K(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;MFU (%):</source>
        <translation>MFU(&amp;M)（%）：</translation>
    </message>
    <message>
        <source>Price &amp;source:</source>
        <translation>价格来源(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;rice per GPU-hour:</source>
        <translation>每 GPU 小时价格(&amp;R)：</translation>
    </message>
    <message>
        <source>Training &amp;starts on:</source>
        <translation>训练开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Second scenario</source>
        <translation>对比方案</translation>
    </message>
    <message>
        <source>&amp;Compare with another GPU or price</source>
        <translation>与其他 GPU 或价格对比(&amp;C)</translation>
    </message>
    <message>
        <source>G&amp;PU:</source>
        <translation>GPU(&amp;P)：</translation>
    </message>
    <message>
        <source>Num&amp;ber of GPUs:</source>
        <translation>GPU 数量(&amp;B)：</translation>
    </message>
    <message>
        <source>Pr&amp;ice per GPU-hour:</source>
        <translation>每 GPU 小时价格(&amp;I)：</translation>
    </message>
    <message>
        <source>Compute C = 6 · N · D</source>
        <translation>计算量 C = 6 · N · D</translation>
    </message>
    <message>
        <source>GPU-hours = C ÷ (peak × MFU × 3600 s)</source>
        <translation>GPU 小时 = C ÷（峰值 × MFU × 3600 秒）</translation>
    </message>
    <message>
        <source>Wall-clock hours = GPU-hours ÷ K</source>
        <translation>实际时长 = GPU 小时 ÷ K</translation>
    </message>
    <message>
        <source>Cost = GPU-hours × price</source>
        <translation>费用 = GPU 小时 × 单价</translation>
    </message>
    <message>
        <source>C&amp;hart shows:</source>
        <translation>图表内容(&amp;H)：</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>图表显示的内容</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>导出 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>导出 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>20 · N when empty</source>
        <translation>留空则为 20 · N</translation>
    </message>
    <message>
        <source>same as the plan</source>
        <translation>与训练计划相同</translation>
    </message>
    <message>
        <source>The contracts of this application</source>
        <translation>本申请的算力合同</translation>
    </message>
    <message>
        <source>The training plan</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source>%1 (domestic)</source>
        <extracomment>A GPU made in China in the GPU list</extracomment>
        <translation>%1（国产）</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>From contract %1</source>
        <translation>取自合同 %1</translation>
    </message>
    <message>
        <source>From contract %1 (%2)</source>
        <translation>取自合同 %1（%2）</translation>
    </message>
    <message>
        <source>Contract %1 gives no price: %2</source>
        <translation>合同 %1 无法得出价格：%2</translation>
    </message>
    <message>
        <source>From contract %1: %2 ÷ (%3 GPUs × %4 h of the service period) = %5 per GPU-hour</source>
        <extracomment>%1 contract number, %2 amount, %3 GPUs, %4 hours of the service period, %5 price</extracomment>
        <translation>取自合同 %1：%2 ÷（%3 块 GPU × 服务期 %4 小时）= 每 GPU 小时 %5</translation>
    </message>
    <message>
        <source>Typed in.</source>
        <translation>手动输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price per GPU-hour such as 10.00.</source>
        <translation>“%1”不是有效的每 GPU 小时价格，例如 10.00。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of %2 such as 7e9 or 7B.</source>
        <translation>“%1”不是有效的%2数量，例如 7e9 或 7B。</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a share of the peak such as 40 %.</source>
        <translation>“%1”不是有效的峰值利用率，例如 40 %。</translation>
    </message>
    <message>
        <source>Enter the model&apos;s number of parameters to see the plan.</source>
        <translation>请输入模型参数量以查看训练计划。</translation>
    </message>
    <message>
        <source>Enter the number of GPUs to see the plan.</source>
        <translation>请输入 GPU 数量以查看训练计划。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;计划&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt;</source>
        <translation>&lt;b&gt;对比&lt;/b&gt;</translation>
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
        <translation>%1 小时（%2 天）</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>N = %1, D = %2%3, peak %4 TFLOP/s (%5), MFU %6 %, price %7 per GPU-hour</source>
        <extracomment>Tooltip of a result: the inputs that went into it</extracomment>
        <translation>N = %1，D = %2%3，峰值 %4 TFLOP/s（%5），MFU %6 %，每 GPU 小时 %7</translation>
    </message>
    <message>
        <source> (20 · N)</source>
        <translation>（20 · N）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Enter a price per GPU-hour or take it from a contract to see the cost.</source>
        <translation>请输入每 GPU 小时价格或从合同中取得价格，以查看费用。</translation>
    </message>
    <message>
        <source>D = 20 · N (Chinchilla) because no token count was entered.</source>
        <translation>未输入词元数，因此按 D = 20 · N（Chinchilla）计算。</translation>
    </message>
    <message>
        <source>The second scenario is drawn with the training plan.</source>
        <translation>对比方案显示在“训练计划”图表中。</translation>
    </message>
    <message>
        <source>No estimate yet: %1</source>
        <translation>尚无测算结果：%1</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>尚无测算结果。</translation>
    </message>
    <message>
        <source>Correct the plan&apos;s inputs to see its costs.</source>
        <translation>请更正训练计划的输入以查看费用。</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>图表无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Read from the PDF and not confirmed yet: %1. Check them on the contracts page.</source>
        <extracomment>%1 a list of field names, such as &quot;Amount and GPU count&quot;</extracomment>
        <translation>从 PDF 读取、尚未确认：%1。请在“合同”页面核对。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardEligibilityPage</name>
    <message>
        <source>Eligibility</source>
        <translation>申报资格</translation>
    </message>
    <message>
        <source>Each condition of the program, checked against your answers.</source>
        <translation>根据您的回答，逐项核对申报项目的各项条件。</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>待回答问题</translation>
    </message>
    <message>
        <source>With these answers the application is not eligible: %1 Changing the answers marked ✗ (or the contracts) would change the result.</source>
        <translation>按目前的回答，本申请不符合申报条件：%1 修改标有 ✗ 的回答（或合同）可能改变结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are still open. You can go on and answer them later.</source>
        <translation>
            <numerusform>还有 %n 个问题待回答。您可以先继续，稍后再回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Is the applicant an independent legal person?</source>
        <translation>申请单位是否为独立法人？</translation>
    </message>
    <message>
        <source>Where is the applicant registered?</source>
        <translation>申请单位注册在哪里？</translation>
    </message>
    <message>
        <source>In which sector does the applicant work?</source>
        <translation>申请单位属于哪个行业？</translation>
    </message>
    <message>
        <source>When was the applicant founded?</source>
        <translation>申请单位何时成立？</translation>
    </message>
    <message>
        <source>On which date will you apply?</source>
        <translation>您计划哪天提交申请？</translation>
    </message>
    <message>
        <source>Another sector</source>
        <translation>其他行业</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardEstimatePage</name>
    <message>
        <source>the rate</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>年度补贴上限</translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation>同一合同已获的其他财政资助</translation>
    </message>
    <message>
        <source>nothing (no counted contract yet)</source>
        <translation>无（尚无计入的合同）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>补贴测算</translation>
    </message>
    <message>
        <source>How the subsidy is computed, step by step.</source>
        <translation>逐步说明补贴金额的计算过程。</translation>
    </message>
    <message>
        <source>Estimated subsidy: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>预计补贴：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Limited by: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>受限于：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Left under the cap this year after this application: %1</source>
        <translation>本次申请后本年度剩余额度：%1</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>&lt;b&gt;The program&apos;s rules changed&lt;/b&gt; from version %1 to %2 since this draft was last opened.</source>
        <translation>自上次打开本草稿以来，&lt;b&gt;申报规则已更新&lt;/b&gt;：版本 %1 → %2。</translation>
    </message>
    <message>
        <source>Subsidy: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>补贴：%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Eligible: %1 → %2</source>
        <translation>申报资格：%1 → %2</translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation>%1（合同 %2）</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>新增规则</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardProgramPage</name>
    <message>
        <source>Program and applicant</source>
        <translation>申报项目与申请单位</translation>
    </message>
    <message>
        <source>Choose the program and tell us who applies.</source>
        <translation>请选择申报项目，并填写申请单位信息。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; of this draft is not installed. Choose an installed program; your other answers are kept.</source>
        <translation>此草稿所用的申报项目“%1”未安装。请选择已安装的项目，其他已填内容将保留。</translation>
    </message>
    <message>
        <source>Valid %1 to %2.</source>
        <translation>有效期 %1 至 %2。</translation>
    </message>
    <message>
        <source>Valid from %1.</source>
        <translation>自 %1 起有效。</translation>
    </message>
    <message numerus="yes">
        <source>%1 Rules version %2; %n parameter(s) rest on sources of medium or low confidence.</source>
        <translation>
            <numerusform>%1 规则版本 %2；其中 %n 项参数的依据可信度为中或低。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>Choose a program to go on.</source>
        <translation>请选择申报项目后再继续。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name to go on.</source>
        <translation>请填写申请单位名称后再继续。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationWizardReviewPage</name>
    <message>
        <source>Review and export</source>
        <translation>核对与导出</translation>
    </message>
    <message>
        <source>Errors must be fixed before the export; hints are worth a look.</source>
        <translation>导出前必须修正所有错误；提示信息也建议查看。</translation>
    </message>
    <message>
        <source>&amp;Checks (Enter or double-click to go to the field):</source>
        <translation>检查结果(&amp;C)（回车或双击可跳转到对应字段）：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Required &amp;documents:</source>
        <translation>所需材料(&amp;D)：</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;Error:&quot; or &quot;Hint:&quot;, %2 the message of the check</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fix the errors listed below to export the application.</source>
        <translation>请修正下列错误后再导出申请。</translation>
    </message>
    <message>
        <source>&amp;Export application package…</source>
        <translation>导出申报材料包(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Export application package</source>
        <translation>导出申报材料包</translation>
    </message>
    <message>
        <source>Application packages (*.zip)</source>
        <translation>申报材料包 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入材料包…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>材料包未写入：%1</translation>
    </message>
    <message>
        <source>Package written to %1 (fingerprint %2).</source>
        <translation>材料包已写入 %1（指纹 %2）。</translation>
    </message>
    <message>
        <source>Estimated subsidy in the package: %1.</source>
        <translation>申报材料包中的预计补贴：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Estimated subsidy in the package: %1. It counts only confirmed or typed values; %n value(s) read from the PDFs are not confirmed yet (see the hints).</source>
        <translation>
            <numerusform>申报材料包中的预计补贴：%1。仅计入已确认或手动录入的数值；从 PDF 中读取的 %n 项数值尚未确认（见提示）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Banner</name>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>提示：</translation>
    </message>
</context>
<context>
    <name>cd::BatchRowReader</name>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>文件为空：第一行必须是列名。</translation>
    </message>
    <message>
        <source>The first line must name the columns; it is empty.</source>
        <translation>第一行必须是列名，但该行为空。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>表头中“%1”列出现了两次。</translation>
    </message>
    <message numerus="yes">
        <source>The header lacks the required column(s) %1.</source>
        <translation>
            <numerusform>表头缺少必需的列：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns are separated by &quot;%1&quot; instead of commas. Save the file as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>各列用&quot;%1&quot;而不是逗号分隔。请将文件另存为&quot;CSV UTF-8（逗号分隔）&quot;。</translation>
    </message>
</context>
<context>
    <name>cd::BatchRowValidator</name>
    <message>
        <source>%1 must be a plain decimal amount such as 3200000.00 (no thousands separators, no currency sign), not &quot;%2&quot;.</source>
        <translation>%1 必须是普通的十进制金额，例如 3200000.00（不带千位分隔符和货币符号），而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 has fractions of a fen (&quot;%2&quot;): give at most two decimals.</source>
        <translation>%1 含有不足一分的小数（“%2”）：最多保留两位小数。</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts must be 0 or more.</source>
        <translation>%1 为负数（%2）：金额必须大于或等于 0。</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD: &quot;%2&quot;.</source>
        <translation>%1 不是 YYYY-MM-DD 格式的日期：“%2”。</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 必须为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>%1 必须是大于或等于 0 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a number of hours of 0 or more, such as 1200.5, not &quot;%2&quot;.</source>
        <translation>%1 必须是大于或等于 0 的小时数（例如 1200.5），而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be enterprise, startup, university or research_institute, not &quot;%2&quot;.</source>
        <translation>%1 必须为 enterprise、startup、university 或 research_institute，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be training, inference or training_and_inference, not &quot;%2&quot;.</source>
        <translation>%1 必须为 training、inference 或 training_and_inference，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 不是有效的电子邮箱地址：“%2”。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of a batch CSV.</source>
        <translation>“%1”不是批量 CSV 文件中的列。</translation>
    </message>
    <message numerus="yes">
        <source>The record has %1 field(s), the header %2.</source>
        <translation>
            <numerusform>该记录有 %1 个字段，表头有 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>applicant_id may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), not &quot;%1&quot;.</source>
        <translation>applicant_id 只能包含字母、数字、“.”、“_”和“-”（最多 64 个字符），而不是“%1”。</translation>
    </message>
    <message>
        <source>applicant_id %1 appears on an earlier row.</source>
        <translation>applicant_id %1 在前面的行中已出现。</translation>
    </message>
    <message>
        <source>company_name_zh and company_name are both empty.</source>
        <translation>company_name_zh 和 company_name 均为空。</translation>
    </message>
    <message>
        <source>The contract file %1 is not in %2.</source>
        <translation>合同文件 %1 不在 %2 中。</translation>
    </message>
    <message>
        <source>period_end is before period_start.</source>
        <translation>period_end 早于 period_start。</translation>
    </message>
    <message>
        <source>The field contains the control character U+%1.</source>
        <translation>该字段包含控制字符 U+%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form column=value.</source>
        <translation>“%1”不是 列名=值 的格式。</translation>
    </message>
</context>
<context>
    <name>cd::BatchRowsModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done (up to date)</source>
        <extracomment>A row whose result from an earlier run was still valid and was reused</extracomment>
        <translation>已完成（沿用上次结果）</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有标记</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合申报条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>尚无法确定</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>待回答：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>资格结论</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>补贴测算</translation>
    </message>
    <message>
        <source>Reason / flags</source>
        <translation>原因 / 标记</translation>
    </message>
</context>
<context>
    <name>cd::BatchRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %n row(s); run the same command again to complete the rest.</source>
        <translation>
            <numerusform>处理 %n 行后中断；再次运行同一命令即可完成剩余部分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::BatchState</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::BatchSummaryPdf</name>
    <message>
        <source>%1万</source>
        <extracomment>万 = 10,000 yuan; the bins of the subsidy chart are labelled in 万元</extracomment>
        <translation>%1万</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <translation>批量申报汇总</translation>
    </message>
    <message>
        <source>The summary PDF cannot be painted.</source>
        <translation>无法绘制汇总 PDF。</translation>
    </message>
    <message>
        <source>%1 (%2, rules %3)</source>
        <translation>%1（%2，规则 %3）</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected (see errors.csv)</source>
        <translation>已拒绝（见 errors.csv）</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Undetermined (questions open)</source>
        <translation>尚无法确定（有问题待回答）</translation>
    </message>
    <message>
        <source>Flagged (contract differs, unreadable, ...)</source>
        <translation>需关注（合同不一致、无法读取等）</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>材料包</translation>
    </message>
    <message>
        <source>Contract amounts</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Estimated subsidies, eligible rows</source>
        <translation>预计补贴（符合条件的行）</translation>
    </message>
    <message>
        <source>Estimated subsidies, undetermined rows</source>
        <translation>预计补贴（尚无法确定的行）</translation>
    </message>
    <message>
        <source>Requested total</source>
        <translation>申请总额</translation>
    </message>
    <message>
        <source>Program&apos;s annual budget</source>
        <translation>项目年度预算</translation>
    </message>
    <message>
        <source>Distribution of the estimated subsidies (eligible and undetermined rows)</source>
        <translation>预计补贴金额分布（符合条件及尚无法确定的行）</translation>
    </message>
    <message>
        <source>Requested total against the program&apos;s annual budget</source>
        <translation>申请总额与项目年度预算对比</translation>
    </message>
    <message>
        <source>The program states no annual budget.</source>
        <translation>该项目未公布年度预算。</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请额</translation>
    </message>
    <message>
        <source>The requested total is %1 % of the annual budget (dark: eligible, light: undetermined).</source>
        <translation>申请总额占年度预算的 %1 %（深色：符合条件；浅色：尚无法确定）。</translation>
    </message>
    <message>
        <source>The run was interrupted: these figures are incomplete.</source>
        <translation>处理过程被中断：以下数据不完整。</translation>
    </message>
</context>
<context>
    <name>cd::BatchView</name>
    <message>
        <source>Batch of applications</source>
        <translation>批量申报</translation>
    </message>
    <message>
        <source>Applicant &amp;CSV file:</source>
        <translation>申请单位 CSV 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Applicant CSV file</source>
        <translation>申请单位 CSV 文件</translation>
    </message>
    <message>
        <source>applicants.csv with one applicant per row</source>
        <translation>applicants.csv，每行一个申请单位</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for the applicant CSV file</source>
        <translation>选择申请单位 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>申报项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <source>C&amp;ontracts folder:</source>
        <translation>合同文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Contracts folder</source>
        <translation>合同文件夹</translation>
    </message>
    <message>
        <source>Default: the CSV file&apos;s folder</source>
        <translation>默认：CSV 文件所在文件夹</translation>
    </message>
    <message>
        <source>Browse for the contracts folder</source>
        <translation>选择合同文件夹</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>输出文件夹(&amp;U)：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>summary.csv, errors.csv, summary.pdf and packages go here</source>
        <translation>summary.csv、errors.csv、summary.pdf 和材料包保存在此</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>D&amp;efaults for empty cells:</source>
        <translation>空单元格默认值(&amp;E)：</translation>
    </message>
    <message>
        <source>Defaults for empty cells</source>
        <translation>空单元格默认值</translation>
    </message>
    <message>
        <source>e.g. application_date=2026-05-10; use=training; provider_registered=true</source>
        <extracomment>Keep the column names and values in English: they are what the CSV uses.</extracomment>
        <translation>例如 application_date=2026-05-10; use=training; provider_registered=true</translation>
    </message>
    <message>
        <source>column=value pairs separated by &quot;;&quot;: the value for rows whose cell is empty, like the command line&apos;s --application-date.</source>
        <translation>以“;”分隔的 列名=值：用于该单元格为空的行，作用同命令行的 --application-date。</translation>
    </message>
    <message>
        <source>&amp;Jobs in parallel:</source>
        <translation>并行任务数(&amp;J)：</translation>
    </message>
    <message>
        <source>Jobs in parallel</source>
        <translation>并行任务数</translation>
    </message>
    <message>
        <source>Write application pac&amp;kages</source>
        <translation>生成申报材料包(&amp;K)</translation>
    </message>
    <message>
        <source>Write application packages</source>
        <translation>生成申报材料包</translation>
    </message>
    <message>
        <source>One application package per accepted row in packages/. Without packages, rows are estimated from the CSV alone (fast).</source>
        <translation>每个被接受的行在 packages/ 中生成一个申报材料包。不生成材料包时，仅根据 CSV 测算（速度快）。</translation>
    </message>
    <message>
        <source>&amp;Analyse the contract PDFs</source>
        <translation>分析合同 PDF(&amp;A)</translation>
    </message>
    <message>
        <source>Analyse the contract PDFs</source>
        <translation>分析合同 PDF</translation>
    </message>
    <message>
        <source>Read each row&apos;s contract and flag amounts or dates that differ from the CSV.</source>
        <translation>读取每行的合同，标记与 CSV 不一致的金额或日期。</translation>
    </message>
    <message>
        <source>Reco&amp;gnise scanned contracts (OCR, slow)</source>
        <translation>识别扫描合同（OCR，较慢）(&amp;G)</translation>
    </message>
    <message>
        <source>Recognise scanned contracts</source>
        <translation>识别扫描合同</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>开始批量处理</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>取消批量处理</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量处理进度</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>批量处理的各行</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>打开输出文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>打开输出文件夹</translation>
    </message>
    <message>
        <source>Open as &amp;draft</source>
        <translation>作为草稿打开(&amp;D)</translation>
    </message>
    <message>
        <source>Open the selected row as a draft</source>
        <translation>将所选行作为草稿打开</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Choose the applicant CSV file</source>
        <translation>选择申请单位 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the contracts folder</source>
        <translation>选择合同文件夹</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Choose the applicant CSV file.</source>
        <translation>请选择申请单位 CSV 文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The contracts folder %1 does not exist.</source>
        <translation>合同文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>Stopping: the rows in progress are finished first.</source>
        <translation>正在停止：先完成正在处理的行。</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message numerus="yes">
        <source>The batch was cancelled after %n row(s); start it again with the same settings to complete the rest.</source>
        <translation>
            <numerusform>已处理 %n 行后取消；以相同设置再次开始即可完成其余各行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the reason in the table or in errors.csv.</source>
        <translation>
            <numerusform>%n 行被拒绝：原因见表格或 errors.csv。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 accepted, %3 rejected, %4 flagged.</source>
        <translation>共 %1 行：接受 %2，拒绝 %3，有标记 %4。</translation>
    </message>
    <message>
        <source>(Interrupted: start again to complete the rest.)</source>
        <translation>（已中断：再次开始即可完成其余各行。）</translation>
    </message>
    <message>
        <source>Requested %1 (eligible %2, undetermined %3).</source>
        <translation>申请总额 %1（符合条件 %2，尚无法确定 %3）。</translation>
    </message>
    <message>
        <source>Annual budget of the program: %1; the batch requests %2% of it.</source>
        <translation>项目年度预算：%1；本批申请额占其 %2%。</translation>
    </message>
    <message>
        <source>A rejected row cannot be opened: correct it in the CSV file first.</source>
        <translation>被拒绝的行无法打开：请先在 CSV 文件中更正。</translation>
    </message>
    <message>
        <source>This row has not been processed yet.</source>
        <translation>该行尚未处理。</translation>
    </message>
</context>
<context>
    <name>cd::ContractAnalyzer</name>
    <message>
        <source>The PDF worker program &quot;%1&quot; is not installed next to CouponDesk.</source>
        <translation>PDF 处理程序“%1”未与 CouponDesk 安装在同一位置。</translation>
    </message>
    <message>
        <source>The PDF worker could not be started: %1</source>
        <translation>无法启动 PDF 处理程序：%1</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The PDF made the PDF reader crash or run out of memory; it is damaged or malformed and cannot be analysed.</source>
        <translation>该 PDF 导致 PDF 阅读器崩溃或内存不足；文件已损坏或格式异常，无法分析。</translation>
    </message>
    <message>
        <source>The PDF reader stopped without a result (exit code %1); the PDF is probably damaged.</source>
        <translation>PDF 阅读器未返回结果即退出（退出码 %1）；该 PDF 可能已损坏。</translation>
    </message>
    <message numerus="yes">
        <source>Text recognition of one page took longer than %n second(s); the analysis was stopped.</source>
        <translation>
            <numerusform>单页文字识别超过 %n 秒，分析已停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>读取 PDF 超过 %n 秒；文件可能已损坏，或被刻意构造以拖慢 PDF 阅读器。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF reader sent an unreadable result.</source>
        <translation>PDF 阅读器返回了无法读取的结果。</translation>
    </message>
</context>
<context>
    <name>cd::ContractPageView</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>typed</source>
        <extracomment>A value typed in the form; the box shows what the contract says there</extracomment>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.
%2</source>
        <translation>第 %1 页无法显示。
%2</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>第 %1 页…</translation>
    </message>
</context>
<context>
    <name>cd::ContractTextJson</name>
    <message>
        <source>The contract text from the PDF worker is malformed.</source>
        <translation>PDF 处理程序返回的合同文本格式有误。</translation>
    </message>
</context>
<context>
    <name>cd::ContractViewer</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>服务开始</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>服务结束</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>卡时数</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Search the contract (Ctrl+F)</source>
        <translation>在合同中搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the contract</source>
        <translation>在合同中搜索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>✓ &amp;Confirm</source>
        <translation>✓ 确认(&amp;C)</translation>
    </message>
    <message>
        <source>The value in the form is what the contract says</source>
        <translation>表单中的数值与合同一致</translation>
    </message>
    <message>
        <source>Enter &amp;password…</source>
        <translation>输入密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Contract pages</source>
        <translation>合同页面</translation>
    </message>
    <message>
        <source>Opening the contract…</source>
        <translation>正在打开合同…</translation>
    </message>
    <message>
        <source>Add a contract PDF to see it here.</source>
        <translation>添加合同 PDF 后即可在此查看。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No values were found in this document.</source>
        <translation>此文档中未找到任何数值。</translation>
    </message>
    <message>
        <source>Click a value in the form or a box on the page.</source>
        <translation>请点击表单中的数值或页面上的方框。</translation>
    </message>
    <message>
        <source>Use &amp;selection</source>
        <translation>采用所选文字(&amp;S)</translation>
    </message>
    <message>
        <source>not a field of the application</source>
        <translation>非申报表字段</translation>
    </message>
    <message>
        <source>read from the PDF with low confidence (%1 %), please check</source>
        <translation>从 PDF 中读取，可信度较低（%1%），请核对</translation>
    </message>
    <message>
        <source>read from the PDF (%1 % confidence), not confirmed yet</source>
        <translation>从 PDF 中读取（可信度 %1%），尚未确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>typed in the form</source>
        <translation>在表单中手动录入</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <extracomment>%1 the field, %2 its value, %3 where it came from</extracomment>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Use &amp;selection for %1</source>
        <translation>将所选文字用作%1(&amp;S)</translation>
    </message>
    <message>
        <source>Read %1 from the selected text: %2</source>
        <translation>从所选文字读取%1：%2</translation>
    </message>
    <message>
        <source>Drag over the right text on the page first.</source>
        <translation>请先在页面上拖选正确的文字。</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>无文字</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
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
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <extracomment>Axis unit: %1 is the currency code, e.g. &quot;thousand CNY&quot;</extracomment>
        <translation>千 %1</translation>
    </message>
    <message>
        <source>Projected GPU cost and coupon share</source>
        <extracomment>Title of the cost chart (GUI, package and CLI)</extracomment>
        <translation>GPU 成本预测及算力券承担部分</translation>
    </message>
    <message>
        <source>Nothing to project: no GPU time with a price.</source>
        <translation>无可预测内容：没有带价格的 GPU 使用时长。</translation>
    </message>
    <message>
        <source>%1: total %2, coupon %3, own %4</source>
        <extracomment>%1 scenario (GPU × count), %2 total cost, %3 paid by the coupon, %4 paid by the applicant</extracomment>
        <translation>%1：总计 %2，算力券 %3，自付 %4</translation>
    </message>
    <message>
        <source>%1 per GPU-hour (%2)</source>
        <translation>每 GPU 小时 %1（%2）</translation>
    </message>
    <message>
        <source>from contract</source>
        <translation>来自合同</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>per month (%1)</source>
        <extracomment>Left axis title; %1 is the unit, e.g. 万元 or million CNY</extracomment>
        <translation>每月（%1）</translation>
    </message>
    <message>
        <source>cumulative (%1)</source>
        <extracomment>Right axis title; %1 is the unit, e.g. 万元 or million CNY</extracomment>
        <translation>累计（%1）</translation>
    </message>
    <message>
        <source>cap reached</source>
        <extracomment>Marks the month in which the coupon stops because the annual cap is reached</extracomment>
        <translation>已达上限</translation>
    </message>
    <message>
        <source>coupon share</source>
        <translation>算力券承担</translation>
    </message>
    <message>
        <source>own share</source>
        <translation>自付部分</translation>
    </message>
    <message>
        <source>cumulative cost</source>
        <translation>累计成本</translation>
    </message>
    <message>
        <source>MFU 30–50 %</source>
        <translation>MFU 30–50 %</translation>
    </message>
    <message>
        <source>annual cap reached</source>
        <translation>已达年度上限</translation>
    </message>
    <message>
        <source>Monthly GPU cost, coupon share and cumulative cost</source>
        <translation>每月 GPU 成本、算力券承担部分及累计成本</translation>
    </message>
</context>
<context>
    <name>cd::CostChartView</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter on the chart&apos;s axis: %1 quarter number, %2 two-digit year, e.g. &quot;Q3 25&quot;</extracomment>
        <translation>%2年Q%1</translation>
    </message>
</context>
<context>
    <name>cd::CostProjection</name>
    <message numerus="yes">
        <source>%1 × %n GPU(s)</source>
        <extracomment>Scenario in the cost chart&apos;s legend: GPU model × number of GPUs</extracomment>
        <translation>
            <numerusform>%1 × %n 块 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract has no amount.</source>
        <translation>该合同没有金额。</translation>
    </message>
    <message>
        <source>The contract has no GPU count.</source>
        <translation>该合同没有 GPU 数量。</translation>
    </message>
    <message>
        <source>The contract has no complete service period.</source>
        <translation>该合同没有完整的服务期。</translation>
    </message>
    <message>
        <source>There is nothing to project.</source>
        <translation>没有可预测的内容。</translation>
    </message>
    <message>
        <source>The projection covers 1 to %1 months.</source>
        <translation>预测范围为 1 至 %1 个月。</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no GPU time to project.</source>
        <translation>方案“%1”没有可预测的 GPU 使用时长。</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has a period without GPUs, hours or price.</source>
        <translation>方案“%1”中有某个时段缺少 GPU、时数或价格。</translation>
    </message>
    <message>
        <source>All scenarios of one chart need the same currency (%1 and %2).</source>
        <translation>同一图表中的所有方案必须使用相同币种（当前为 %1 和 %2）。</translation>
    </message>
    <message>
        <source>The plan runs for more than %1 months; choose more GPUs or a shorter horizon.</source>
        <translation>该计划持续时间超过 %1 个月；请增加 GPU 数量或缩短预测期。</translation>
    </message>
    <message>
        <source>A cost projection needs a price per GPU-hour.</source>
        <translation>成本预测需要每 GPU 小时的价格。</translation>
    </message>
    <message>
        <source>The projection needs a start date.</source>
        <translation>预测需要开始日期。</translation>
    </message>
    <message>
        <source>No contract has an amount and a service period to project.</source>
        <translation>没有同时具备金额和服务期的合同可供预测。</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>算力合同</translation>
    </message>
</context>
<context>
    <name>cd::CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位；“%1”为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code (&quot;%2&quot;) is not allowed: only digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码的第 %1 位（“%2”）不合法：只允许数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration authority and organisation type of GB 32100-2015 (for example 91 for a company, 12 for a public institution).</source>
        <translation>“%1”不是 GB 32100-2015 规定的登记管理部门和机构类别代码（例如企业为 91，事业单位为 12）。</translation>
    </message>
    <message>
        <source>Characters 3-8 (&quot;%1&quot;) are not an administrative division code.</source>
        <translation>第 3–8 位（“%1”）不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>Characters 9-17 (&quot;%1&quot;) are not an organisation code: its check digit (GB 11714) does not match.</source>
        <translation>第 9–17 位（“%1”）不是有效的组织机构代码：其校验码（GB 11714）不符。</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code should be %1, not %2 (GB 32100-2015): the code has a typing error.</source>
        <translation>统一社会信用代码的校验码应为 %1，而不是 %2（GB 32100-2015）：代码有输入错误。</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>The file ends inside a UTF-8 character (line %1).</source>
        <translation>文件在一个 UTF-8 字符中间结束（第 %1 行）。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 文本（第 %1 行）。请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段没有结束引号。</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters; is a closing quote missing?</source>
        <translation>从第 %1 行开始的记录超过 %2 个字符；是否缺少结束引号？</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 characters.</source>
        <translation>从第 %1 行开始的记录超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The file is UTF-16 or UTF-32 text (&quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件是 UTF-16 或 UTF-32 文本（&quot;Unicode 文本&quot;）。请另存为&quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>The file contains a NUL byte (line %1): it is not a text file.</source>
        <translation>该文件含有 NUL 字节（第 %1 行）：它不是文本文件。</translation>
    </message>
</context>
<context>
    <name>cd::DatabaseLocation</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>数据库 URL 为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database URL.</source>
        <translation>“%1”不是有效的数据库 URL。</translation>
    </message>
    <message>
        <source>A SQLite URL needs a file: sqlite:///path/file.sqlite</source>
        <translation>SQLite URL 需要指定文件：sqlite:///path/file.sqlite</translation>
    </message>
    <message>
        <source>A PostgreSQL URL looks like postgresql://user@host:port/dbname; &quot;%1&quot; lacks the host or the database name.</source>
        <translation>PostgreSQL URL 的格式为 postgresql://user@host:port/dbname；“%1”缺少主机或数据库名。</translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite:///path/file.sqlite or postgresql://user@host:port/dbname.</source>
        <translation>未知的数据库类型“%1”：请使用 sqlite:///path/file.sqlite 或 postgresql://user@host:port/dbname。</translation>
    </message>
</context>
<context>
    <name>cd::DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>cd::Dialogs</name>
    <message>
        <source>Add contract PDFs</source>
        <translation>添加合同 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF 文档 (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>The password for %1 was wrong. Try again:</source>
        <translation>%1 的密码错误，请重试：</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 受密码保护。密码：</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
</context>
<context>
    <name>cd::DomainLabels</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>初创企业</translation>
    </message>
    <message>
        <source>University</source>
        <translation>高校</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>科研院所</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training and inference</source>
        <translation>训练及推理</translation>
    </message>
    <message>
        <source>Inference only</source>
        <translation>仅推理</translation>
    </message>
    <message>
        <source>Model purchase</source>
        <translation>模型采购</translation>
    </message>
    <message>
        <source>Corpus purchase</source>
        <translation>语料采购</translation>
    </message>
    <message>
        <source>Software and information services</source>
        <extracomment>Sector of the economy (软件和信息服务业)</extracomment>
        <translation>软件和信息服务业</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator of a list of choices (&quot;A, B, C&quot;); Chinese uses 、</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cd::DraftRepository</name>
    <message>
        <source>lock the schema</source>
        <translation>锁定数据库结构</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驱动（请安装 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the drafts database.</source>
        <translation>无法创建草稿数据库所在的文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the drafts database %1: %2. Is the folder read-only or the disk full?</source>
        <translation>无法创建草稿数据库 %1：%2。文件夹是否只读，或磁盘已满？</translation>
    </message>
    <message>
        <source>Cannot read the drafts database %1: %2</source>
        <translation>无法读取草稿数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CouponDesk drafts database (not a SQLite file). It was left untouched; choose another file.</source>
        <translation>%1 不是 CouponDesk 草稿数据库（不是 SQLite 文件）。该文件未作任何改动，请选择其他文件。</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The database operation that failed: &quot;open the database&quot;</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (install libqt6sql6-psql).</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动（请安装 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>无法连接 PostgreSQL 数据库 %1：%2</translation>
    </message>
    <message>
        <source>The drafts database %1 failed (%2): %3</source>
        <extracomment>%1 is the database, %2 the operation that failed (such as &quot;open&quot;), %3 the driver&apos;s message</extracomment>
        <translation>草稿数据库 %1 执行“%2”操作时出错：%3</translation>
    </message>
    <message>
        <source>begin a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>commit</source>
        <extracomment>The database operation that failed: &quot;commit the transaction&quot;</extracomment>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>find the applicant</source>
        <translation>查找申请单位</translation>
    </message>
    <message>
        <source>save the applicant</source>
        <translation>保存申请单位</translation>
    </message>
    <message>
        <source>create a draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>read the applicant</source>
        <translation>读取申请单位</translation>
    </message>
    <message>
        <source>There is no applicant %1 in the database.</source>
        <translation>数据库中没有申请单位 %1。</translation>
    </message>
    <message>
        <source>list the drafts</source>
        <translation>列出草稿</translation>
    </message>
    <message>
        <source>read draft %1</source>
        <translation>读取草稿 %1</translation>
    </message>
    <message>
        <source>There is no draft %1 in %2.</source>
        <translation>%2 中没有草稿 %1。</translation>
    </message>
    <message>
        <source>save draft %1</source>
        <translation>保存草稿 %1</translation>
    </message>
    <message>
        <source>Draft %1 no longer exists.</source>
        <translation>草稿 %1 已不存在。</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>没有草稿 %1。</translation>
    </message>
    <message>
        <source>delete draft %1</source>
        <translation>删除草稿 %1</translation>
    </message>
    <message>
        <source>Draft %1 is open in CouponDesk (%2 on %3); close it there before deleting it.</source>
        <translation>草稿 %1 正在 CouponDesk 中打开（%3 上的 %2）；请先在那里关闭后再删除。</translation>
    </message>
    <message>
        <source>list the applicants</source>
        <translation>列出申请单位</translation>
    </message>
    <message>
        <source>The contract file %1 is empty.</source>
        <translation>合同文件 %1 为空。</translation>
    </message>
    <message>
        <source>store the contract</source>
        <translation>保存合同</translation>
    </message>
    <message>
        <source>read the contracts</source>
        <translation>读取合同列表</translation>
    </message>
    <message>
        <source>read the contract</source>
        <translation>读取合同</translation>
    </message>
    <message>
        <source>There is no contract with SHA-256 %1.</source>
        <translation>没有 SHA-256 为 %1 的合同。</translation>
    </message>
    <message>
        <source>count the contracts</source>
        <translation>统计合同数量</translation>
    </message>
    <message>
        <source>save the estimate</source>
        <translation>保存测算结果</translation>
    </message>
    <message>
        <source>read the estimate</source>
        <translation>读取测算结果</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>open draft %1</source>
        <translation>打开草稿 %1</translation>
    </message>
    <message>
        <source>Draft %1 was taken over by %2 on %3 while this window was idle.</source>
        <translation>在此窗口闲置期间，草稿 %1 已被 %3 上的 %2 接管。</translation>
    </message>
    <message>
        <source>close draft %1</source>
        <translation>关闭草稿 %1</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump).</source>
        <translation>PostgreSQL 数据库的备份需在服务器上进行（pg_dump）。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation>无法创建备份 %1：%2</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
</context>
<context>
    <name>cd::DraftSession</name>
    <message>
        <source>This draft is being edited by %1 on %2 (until at least %3). It is shown read-only; close it there to edit it here.</source>
        <translation>此草稿正由 %2 上的 %1 编辑（至少到 %3）。此处以只读方式显示；请在那里关闭后再在此编辑。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path.</source>
        <translation>“%1”不是字段路径。</translation>
    </message>
</context>
<context>
    <name>cd::EligibilityChecker</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1, no end date published</source>
        <translation>自 %1 起，未公布截止日期</translation>
    </message>
    <message>
        <source>The application date is not given; the program runs %1.</source>
        <translation>未填写申请日期；该项目有效期为 %1。</translation>
    </message>
    <message>
        <source>The application date %1 lies within the program&apos;s validity (%2).</source>
        <translation>申请日期 %1 在项目有效期内（%2）。</translation>
    </message>
    <message>
        <source>The application date %1 lies outside the program&apos;s validity (%2).</source>
        <translation>申请日期 %1 不在项目有效期内（%2）。</translation>
    </message>
    <message>
        <source>Is the applicant an independent legal person? Not answered yet.</source>
        <translation>申请单位是否为独立法人？尚未回答。</translation>
    </message>
    <message>
        <source>The applicant is an independent legal person.</source>
        <translation>申请单位为独立法人。</translation>
    </message>
    <message>
        <source>The program requires an independent legal person; branch offices and unincorporated units cannot apply on their own.</source>
        <translation>本项目要求申请单位为独立法人；分支机构和非法人单位不能单独申报。</translation>
    </message>
    <message>
        <source>The city of registration is not given.</source>
        <translation>未填写注册城市。</translation>
    </message>
    <message>
        <source>Registered in %1, where the program applies.</source>
        <translation>注册地为%1，属于本项目适用范围。</translation>
    </message>
    <message>
        <source>Registered in %1; the program requires registration in %2.</source>
        <translation>注册地为%1；本项目要求注册在%2。</translation>
    </message>
    <message>
        <source>The kind of organisation is not given.</source>
        <translation>未填写单位类型。</translation>
    </message>
    <message>
        <source>Organisations of the kind &quot;%1&quot; may apply.</source>
        <translation>“%1”类单位可以申报。</translation>
    </message>
    <message>
        <source>Organisations of the kind &quot;%1&quot; may not apply; the program is open to: %2.</source>
        <translation>“%1”类单位不能申报；本项目面向：%2。</translation>
    </message>
    <message>
        <source>The applicant&apos;s sector is not given; the program requires one of: %1.</source>
        <translation>未填写申请单位所属行业；本项目要求属于以下行业之一：%1。</translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is eligible.</source>
        <translation>“%1”行业符合条件。</translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is not eligible; the program requires one of: %2.</source>
        <translation>“%1”行业不符合条件；本项目要求属于以下行业之一：%2。</translation>
    </message>
    <message>
        <source>The start-up rate is for enterprises; the standard rate of %1 applies.</source>
        <translation>初创企业补贴比例仅适用于企业；适用 %1 的标准比例。</translation>
    </message>
    <message numerus="yes">
        <source>Enterprises younger than %n month(s) on the application date get the start-up rate of %1; the founding date or application date is missing, so the start-up rate is assumed.</source>
        <translation>
            <numerusform>申请日期时成立不满 %n 个月的企业适用 %1 的初创企业补贴比例；由于缺少成立日期或申请日期，暂按初创企业比例计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Founded on %1, less than %n month(s) before the application date %2: the start-up rate of %3 applies.</source>
        <translation>
            <numerusform>成立于 %1，距申请日期 %2 不满 %n 个月：适用 %3 的初创企业补贴比例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared a start-up, but founded on %1, %n month(s) or more before the application date %2: the standard rate of %3 applies.</source>
        <translation>
            <numerusform>申报为初创企业，但成立于 %1，距申请日期 %2 已满 %n 个月或以上：适用 %3 的标准比例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Founded on %1, %n month(s) or more before the application date %2: the standard rate of %3 applies.</source>
        <translation>
            <numerusform>成立于 %1，距申请日期 %2 已满 %n 个月或以上：适用 %3 的标准比例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>%1: is the provider on the program&apos;s register of service providers? Not answered yet.</source>
        <translation>%1：服务商是否在项目的服务商备案名录中？尚未回答。</translation>
    </message>
    <message>
        <source>%1: the provider is a registered service provider.</source>
        <translation>%1：服务商为已备案的服务商。</translation>
    </message>
    <message>
        <source>%1: the provider is not on the program&apos;s register, so the contract does not count.</source>
        <translation>%1：服务商不在项目备案名录中，该合同不予计入。</translation>
    </message>
    <message>
        <source>%1: is the provider affiliated with the applicant? Not answered yet.</source>
        <translation>%1：服务商是否与申请单位存在关联关系？尚未回答。</translation>
    </message>
    <message>
        <source>%1: the provider is not affiliated with the applicant.</source>
        <translation>%1：服务商与申请单位不存在关联关系。</translation>
    </message>
    <message>
        <source>%1: compute rented from an affiliated company does not count.</source>
        <translation>%1：向关联企业租用的算力不予计入。</translation>
    </message>
    <message>
        <source>%1: the signing date is not given; contracts count from %2.</source>
        <translation>%1：未填写签订日期；自 %2 起签订的合同方可计入。</translation>
    </message>
    <message>
        <source>%1: signed on %2, not before %3.</source>
        <translation>%1：签订于 %2，不早于 %3。</translation>
    </message>
    <message>
        <source>%1: signed on %2, before %3, so it does not count.</source>
        <translation>%1：签订于 %2，早于 %3，不予计入。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the service period is not given; the term may be at most %n month(s).</source>
        <translation>
            <numerusform>%1：未填写服务期；合同期限最长为 %n 个月。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the term of at most %n month(s) is kept.</source>
        <translation>
            <numerusform>%1：合同期限未超过 %n 个月。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the term exceeds %n month(s), so the contract does not count.</source>
        <translation>
            <numerusform>%1：合同期限超过 %n 个月，不予计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: was the corpus bought through a data trading platform? Not answered yet.</source>
        <translation>%1：语料是否通过数据交易平台购买？尚未回答。</translation>
    </message>
    <message>
        <source>%1: bought through a data trading platform.</source>
        <translation>%1：通过数据交易平台购买。</translation>
    </message>
    <message>
        <source>%1: only purchases through a data trading platform count.</source>
        <translation>%1：仅通过数据交易平台购买的语料方可计入。</translation>
    </message>
    <message>
        <source>%1: is the model filed with the Cyberspace Administration? Not answered yet.</source>
        <translation>%1：该模型是否已在国家网信办备案？尚未回答。</translation>
    </message>
    <message>
        <source>%1: the model is filed with the Cyberspace Administration.</source>
        <translation>%1：该模型已在国家网信办备案。</translation>
    </message>
    <message>
        <source>%1: only models filed with the Cyberspace Administration count.</source>
        <translation>%1：仅已在国家网信办备案的模型方可计入。</translation>
    </message>
    <message>
        <source>%1: has the contract received other public compute funding? Not answered yet.</source>
        <translation>%1：该合同是否已获得其他财政算力资助？尚未回答。</translation>
    </message>
    <message>
        <source>%1: no other public compute funding.</source>
        <translation>%1：未获得其他财政算力资助。</translation>
    </message>
    <message>
        <source>%1: the program excludes contracts with other public compute funding.</source>
        <translation>%1：本项目不支持已获其他财政算力资助的合同。</translation>
    </message>
    <message>
        <source>%1: the contract amount is not given, so it adds nothing to the estimate yet.</source>
        <translation>%1：未填写合同金额，暂不计入测算。</translation>
    </message>
    <message>
        <source>%1: what is the compute used for? Not answered yet.</source>
        <translation>%1：算力用于什么用途？尚未回答。</translation>
    </message>
    <message>
        <source>%1: the use &quot;%2&quot; is eligible.</source>
        <translation>%1：用途“%2”符合条件。</translation>
    </message>
    <message>
        <source>%1: whether the use &quot;%2&quot; counts is not settled by the sources; treat it as an assumption and ask the program office.</source>
        <translation>%1：现有政策依据未明确用途“%2”是否计入；请按假设处理，并向项目主管部门咨询。</translation>
    </message>
    <message>
        <source>%1: the use &quot;%2&quot; is not eligible; the program covers: %3.</source>
        <translation>%1：用途“%2”不符合条件；本项目支持：%3。</translation>
    </message>
    <message>
        <source>%1: domestic compute gets %2, other compute %3; the origin is not given, so %2 is assumed.</source>
        <translation>%1：国产算力补贴比例为 %2，其他算力为 %3；未填写算力来源，暂按 %2 计算。</translation>
    </message>
    <message>
        <source>%1: domestic compute, rate %2.</source>
        <translation>%1：国产算力，补贴比例 %2。</translation>
    </message>
    <message>
        <source>%1: non-domestic compute, rate %2.</source>
        <translation>%1：非国产算力，补贴比例 %2。</translation>
    </message>
    <message>
        <source>The amount is in %1, the program pays in %2; give an exchange rate (for example --exchange-rate %1=7.80) to convert it.</source>
        <translation>金额币种为 %1，本项目以 %2 支付；请提供汇率（例如 --exchange-rate %1=7.80）以进行换算。</translation>
    </message>
    <message>
        <source>%1 converted at %2 %3 per %4 to %5.</source>
        <translation>%1 按 1 %4 = %2 %3 的汇率换算为 %5。</translation>
    </message>
    <message>
        <source>No contract has been added yet.</source>
        <translation>尚未添加任何合同。</translation>
    </message>
    <message>
        <source>None of the contracts meets the program&apos;s conditions.</source>
        <translation>没有合同符合本项目的条件。</translation>
    </message>
    <message>
        <source>The counted contracts add up to %1, at least the required %2.</source>
        <translation>计入的合同合计 %1，达到最低要求 %2。</translation>
    </message>
    <message>
        <source>The counted contracts add up to %1 so far; at least %2 is required, and an amount is still missing.</source>
        <translation>目前计入的合同合计 %1；最低要求为 %2，且仍有合同缺少金额。</translation>
    </message>
    <message>
        <source>The counted contracts add up to %1, less than the required annual rental of %2.</source>
        <translation>计入的合同合计 %1，低于要求的年度租赁金额 %2。</translation>
    </message>
</context>
<context>
    <name>cd::EstimatePanel</name>
    <message>
        <source>the rate</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>年度补贴上限</translation>
    </message>
    <message>
        <source>other public funding</source>
        <translation>其他财政资助</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Estimated subsidy</source>
        <translation>预计补贴</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合申报条件</translation>
    </message>
    <message>
        <source>Not eligible — see Eligibility</source>
        <translation>不符合申报条件 — 见“申报资格”</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>补贴比例：%1</translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation>受限于：%1</translation>
    </message>
    <message>
        <source>Cap left this year: %1</source>
        <translation>本年度剩余额度：%1</translation>
    </message>
    <message numerus="yes">
        <source>Open questions: %n</source>
        <translation>
            <numerusform>待回答问题：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExtractedContract</name>
    <message>
        <source>No text is selected.</source>
        <translation>未选中任何文字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one amount of money.</source>
        <translation>“%1”不是单个金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one date.</source>
        <translation>“%1”不是单个日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a whole number.</source>
        <translation>“%1”中没有整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read from a contract.</source>
        <translation>“%1”无法从合同中读取。</translation>
    </message>
</context>
<context>
    <name>cd::GpuCatalog</name>
    <message>
        <source>A GPU needs a name.</source>
        <translation>GPU 需要名称。</translation>
    </message>
    <message>
        <source>The peak throughput must be between 0 and 100000 TFLOPS, not %1.</source>
        <translation>峰值算力必须在 0 到 100000 TFLOPS 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The memory must be between 0 and 100000 GB, not %1.</source>
        <translation>显存必须在 0 到 100000 GB 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>Every figure needs its source.</source>
        <translation>每个数值都需注明来源。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 is too large for a GPU catalog.</source>
        <translation>%1 过大，不是有效的 GPU 目录。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>GPU catalog %1: %2</source>
        <translation>GPU 目录 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>A GPU catalog is a JSON object with a &quot;gpus&quot; list.</source>
        <translation>GPU 目录应为包含“gpus”列表的 JSON 对象。</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>应为“%1”，实际为“%2”。</translation>
    </message>
    <message>
        <source>The catalog lists no GPU.</source>
        <translation>目录中没有任何 GPU。</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>应为对象。</translation>
    </message>
    <message>
        <source>The name or alias &quot;%1&quot; is empty or used twice.</source>
        <translation>名称或别名“%1”为空或重复。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>The GPU &quot;%1&quot; is not in the catalog. Known GPUs: %2.</source>
        <translation>目录中没有 GPU“%1”。已知的 GPU：%2。</translation>
    </message>
</context>
<context>
    <name>cd::GpuHourPrice</name>
    <message>
        <source>The contract&apos;s GPU count must be at least 1.</source>
        <translation>合同的 GPU 数量至少为 1。</translation>
    </message>
    <message>
        <source>The service period must have a start and an end on or after it.</source>
        <translation>服务期必须有开始日期，且结束日期不早于开始日期。</translation>
    </message>
    <message>
        <source>The contract amount must be positive.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>cd::HelpDialog</name>
    <message>
        <source>CouponDesk user guide</source>
        <translation>CouponDesk 使用指南</translation>
    </message>
</context>
<context>
    <name>cd::JsonFields</name>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>应为%1。</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3.</source>
        <translation>%1 超出允许范围 %2 至 %3。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Amounts are written as decimal strings such as &quot;3200000.00&quot;.</source>
        <translation>金额应写成十进制字符串，例如“3200000.00”。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不在可选值之内：%2。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
</context>
<context>
    <name>cd::JsonPath</name>
    <message>
        <source>There is no element %1 to change.</source>
        <translation>没有可修改的元素 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path.</source>
        <translation>“%1”不是字段路径。</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>About CouponDesk</source>
        <translation>关于 CouponDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CouponDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Applications for public GPU-compute subsidies: eligibility, contracts, estimate and a verifiable application package.&lt;/p&gt;&lt;p&gt;Every rate, cap and date comes from a rule pack with its source and confidence. Estimates are not a decision of the program office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CouponDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;GPU 算力补贴申报助手：资格核查、合同管理、补贴测算，并生成可验证的申报材料包。&lt;/p&gt;&lt;p&gt;所有补贴比例、上限和日期均来自规则包，并注明政策依据和可信度。测算结果不代表项目主管部门的审核决定。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>自 %1 起有效</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CouponDesk</source>
        <translation>关于 CouponDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Drafts cannot be saved: %1 You can still fill in and export an application.</source>
        <translation>无法保存草稿：%1 您仍可填写并导出申请。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>补贴测算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <source>This draft cannot be opened: %1</source>
        <translation>无法打开此草稿：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Show amounts in full &amp;yuan</source>
        <translation>金额以元为单位完整显示(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>The row could not be saved as a draft: %1</source>
        <translation>该行无法保存为草稿：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Batch from spreadsheet…</source>
        <translation>从表格批量申报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Review packages…</source>
        <translation>审核材料包(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open application file</source>
        <translation>打开申报文件</translation>
    </message>
    <message>
        <source>Application files (*.json);;All files (*)</source>
        <translation>申报文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is no longer there; it was removed from the recent files.</source>
        <translation>%1 已不存在，已从最近打开列表中移除。</translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation>尚未打开任何文件</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open application file…</source>
        <translation>打开申报文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount such as 3200000.00.</source>
        <translation>“%1”不是有效金额（例如 3200000.00）。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>金额 %1 过大。</translation>
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
        <translation>未安装 OCR 语言“%1”（Tesseract 无法加载）。</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>文字识别已取消。</translation>
    </message>
</context>
<context>
    <name>cd::PackageArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>这不是一个文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>This is not a ZIP file.</source>
        <translation>这不是 ZIP 文件。</translation>
    </message>
    <message>
        <source>Two entries of the package have the same name.</source>
        <translation>材料包中有两个条目同名。</translation>
    </message>
    <message>
        <source>This is not a readable ZIP file (%1).</source>
        <translation>这不是可读取的 ZIP 文件（%1）。</translation>
    </message>
    <message>
        <source>The package has %1 entries; at most %2 are allowed.</source>
        <translation>材料包有 %1 个条目；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Entry %1 of the ZIP directory is unreadable.</source>
        <translation>ZIP 目录中的第 %1 个条目无法读取。</translation>
    </message>
    <message>
        <source>Unsafe entry &quot;%1&quot;: %2</source>
        <translation>不安全的条目“%1”：%2</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; appears more than once.</source>
        <translation>条目“%1”出现了不止一次。</translation>
    </message>
    <message>
        <source>The folder entry &quot;%1&quot; has data.</source>
        <translation>文件夹条目“%1”包含数据。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; would unpack to %2 MB; at most %3 MB are allowed.</source>
        <translation>条目“%1”解压后为 %2 MB；最多允许 %3 MB。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; is compressed more than %2:1 (a ZIP bomb?).</source>
        <translation>条目“%1”的压缩比超过 %2:1（可能是 ZIP 炸弹）。</translation>
    </message>
    <message>
        <source>The package would unpack to more than %1 MB.</source>
        <translation>材料包解压后将超过 %1 MB。</translation>
    </message>
    <message>
        <source>The package is encrypted; give its password.</source>
        <translation>材料包已加密，请提供密码。</translation>
    </message>
    <message>
        <source>The password does not open the package.</source>
        <translation>密码无法打开该材料包。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot open the entry: %1</source>
        <translation>无法打开条目：%1</translation>
    </message>
    <message>
        <source>The entry is damaged or was altered (%1).</source>
        <translation>条目已损坏或被篡改（%1）。</translation>
    </message>
    <message>
        <source>The entry unpacks to more than its declared %1 bytes.</source>
        <translation>条目解压后超过其声明的 %1 字节。</translation>
    </message>
    <message>
        <source>The entry is damaged or was altered (checksum error).</source>
        <translation>条目已损坏或被篡改（校验和错误）。</translation>
    </message>
    <message>
        <source>The entry is %1 bytes long, but the ZIP directory says %2.</source>
        <translation>条目长 %1 字节，但 ZIP 目录记录为 %2。</translation>
    </message>
    <message>
        <source>The ZIP file has no entries.</source>
        <translation>该 ZIP 文件不含任何条目。</translation>
    </message>
</context>
<context>
    <name>cd::PackageCharts</name>
    <message>
        <source>Could not draw the cost chart.</source>
        <translation>无法绘制成本图表。</translation>
    </message>
</context>
<context>
    <name>cd::PackageExporter</name>
    <message>
        <source>The contract file &quot;%1&quot; does not exist.</source>
        <translation>合同文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The contract file &quot;%1&quot; is larger than %2 MB.</source>
        <translation>合同文件“%1”大于 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The contract file &quot;%1&quot; is not a PDF.</source>
        <translation>合同文件“%1”不是 PDF。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; differs from the one recorded in the application (SHA-256 %2, recorded %3).</source>
        <translation>文件“%1”与申请中记录的文件不一致（SHA-256 为 %2，记录值为 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; use --force to replace it.</source>
        <translation>“%1”已存在；如需替换，请使用 --force。</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>cd::PackageLayout</name>
    <message>
        <source>the entry has no name</source>
        <translation>条目没有名称</translation>
    </message>
    <message>
        <source>the entry name is too long</source>
        <translation>条目名称过长</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <source>path with a drive letter</source>
        <translation>路径含有盘符</translation>
    </message>
    <message>
        <source>backslash in the path</source>
        <translation>路径含有反斜杠</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>名称含有控制字符</translation>
    </message>
    <message>
        <source>the path leaves the package (&quot;..&quot;)</source>
        <translation>路径指向材料包之外（“..”）</translation>
    </message>
    <message>
        <source>&quot;.&quot; in the path</source>
        <translation>路径中含有“.”</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>路径中有空段</translation>
    </message>
</context>
<context>
    <name>cd::PackageManifest</name>
    <message>
        <source>line %1 is not &quot;&lt;sha256&gt;  &lt;path&gt;&quot;</source>
        <translation>第 %1 行不是“&lt;sha256&gt;  &lt;路径&gt;”格式</translation>
    </message>
    <message>
        <source>line %1 has no valid SHA-256 digest</source>
        <translation>第 %1 行没有有效的 SHA-256 摘要</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;</source>
        <translation>未知的结构版本“%1”</translation>
    </message>
    <message>
        <source>&quot;files&quot; must be a list</source>
        <translation>“files”必须是列表</translation>
    </message>
    <message>
        <source>files[%1] needs a path, a SHA-256 digest and a size</source>
        <translation>files[%1] 需要路径、SHA-256 摘要和大小</translation>
    </message>
</context>
<context>
    <name>cd::PackageReview</name>
    <message>
        <source>Contract %1 (%2) cannot be written to a temporary file.</source>
        <translation>合同 %1（%2）无法写入临时文件。</translation>
    </message>
    <message>
        <source>Contract %1 (%2) cannot be read: %3</source>
        <translation>合同 %1（%2）无法读取：%3</translation>
    </message>
    <message>
        <source>Contract %1 (%2): data.json states %3, the contract says %4.</source>
        <translation>合同 %1（%2）：data.json 填写的金额为 %3，合同中为 %4。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>The review was stopped after %n package(s).</source>
        <translation>
            <numerusform>审核在 %n 个材料包后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::PackageVerifier</name>
    <message>
        <source>MANIFEST.sha256 is missing.</source>
        <translation>缺少 MANIFEST.sha256。</translation>
    </message>
    <message>
        <source>manifest.json is missing.</source>
        <translation>缺少 manifest.json。</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 中“%2”列出了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in %2 but missing from the package.</source>
        <translation>“%1”列于 %2 中，但材料包中没有该文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was altered: its SHA-256 is %2, %3 says %4.</source>
        <translation>“%1”已被修改：其 SHA-256 为 %2，%3 中记录为 %4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, %3 says %4.</source>
        <translation>“%1”为 %2 字节，%3 中记录为 %4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the package but not in %2.</source>
        <translation>“%1”在材料包中，但未列于 %2。</translation>
    </message>
    <message>
        <source>The package id in manifest.json does not match its files.</source>
        <translation>manifest.json 中的材料包编号与其文件不符。</translation>
    </message>
    <message>
        <source>MANIFEST.sha256 and manifest.json disagree.</source>
        <translation>MANIFEST.sha256 与 manifest.json 不一致。</translation>
    </message>
    <message>
        <source>Contract %1&apos;s file &quot;%2&quot; is not in the package.</source>
        <translation>合同 %1 的文件“%2”不在材料包中。</translation>
    </message>
    <message>
        <source>Contract %1&apos;s file &quot;%2&quot; does not match the SHA-256 in data.json.</source>
        <translation>合同 %1 的文件“%2”与 data.json 中的 SHA-256 不符。</translation>
    </message>
    <message>
        <source>data.json has no &quot;estimate&quot;.</source>
        <translation>data.json 中没有“estimate”。</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not installed, so the estimate cannot be recomputed.</source>
        <translation>申报项目“%1”未安装，无法重新计算测算结果。</translation>
    </message>
    <message>
        <source>The package was computed with rules version %1; the installed rules are version %2.</source>
        <translation>材料包按规则版本 %1 计算；当前安装的规则版本为 %2。</translation>
    </message>
    <message>
        <source>eligibility</source>
        <extracomment>The three labels fill %1 of &quot;The %1 in data.json is %2, but recomputing gives %3.&quot;</extracomment>
        <translation>申报资格</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>补贴金额</translation>
    </message>
    <message>
        <source>binding limit</source>
        <translation>限制因素</translation>
    </message>
    <message>
        <source>The %1 in data.json is %2, but recomputing gives %3.</source>
        <translation>data.json 中的%1为 %2，但重新计算结果为 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>材料包中缺少“%1”。</translation>
    </message>
    <message>
        <source>The estimate in data.json has %1 contract lines, but recomputing gives %2.</source>
        <translation>data.json 中的估算有 %1 条合同明细，但重新计算结果为 %2 条。</translation>
    </message>
    <message>
        <source>Contract %1&apos;s &quot;%2&quot; in the estimate in data.json is %3, but recomputing gives %4.</source>
        <extracomment>%1 contract number, %2 a key of data.json such as &quot;base&quot;, %3 and %4 its values</extracomment>
        <translation>data.json 估算中合同 %1 的“%2”为 %3，但重新计算结果为 %4。</translation>
    </message>
</context>
<context>
    <name>cd::PackageWriter</name>
    <message>
        <source>Could not build the ZIP: %1</source>
        <translation>无法生成 ZIP：%1</translation>
    </message>
    <message>
        <source>Refusing the entry name &quot;%1&quot;: %2</source>
        <translation>拒绝条目名称“%1”：%2</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; appears twice.</source>
        <translation>条目“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder.</source>
        <translation>“%1”是一个文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; use --force to replace it.</source>
        <translation>“%1”已存在；如需替换，请使用 --force。</translation>
    </message>
    <message>
        <source>Cannot write in &quot;%1&quot;: %2</source>
        <translation>无法在“%1”中写入：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot move the package to &quot;%1&quot;.</source>
        <translation>无法将材料包移动到“%1”。</translation>
    </message>
</context>
<context>
    <name>cd::PageRenderer</name>
    <message>
        <source>The PDF reader sent an unreadable page.</source>
        <translation>PDF 读取程序返回了无法识别的页面。</translation>
    </message>
    <message>
        <source>The PDF made the PDF reader stop before the first page could be shown; it is damaged or malformed.</source>
        <translation>在显示第一页之前，该 PDF 使 PDF 读取程序停止运行；文件已损坏或格式异常。</translation>
    </message>
    <message>
        <source>This page made the PDF reader crash; it is damaged or malformed and cannot be shown.</source>
        <translation>此页面导致 PDF 读取程序崩溃；页面已损坏或格式异常，无法显示。</translation>
    </message>
    <message numerus="yes">
        <source>Opening the PDF took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>打开该 PDF 超过 %n 秒；文件可能已损坏，或被刻意构造以拖住 PDF 阅读器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing this page took longer than %n second(s); it may be damaged or built to stall PDF readers.</source>
        <translation>
            <numerusform>绘制此页面超过 %n 秒；页面可能已损坏，或被刻意构造以拖住 PDF 阅读器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PdfPageRenderer</name>
    <message>
        <source>The PDF is damaged or incomplete and cannot be shown.</source>
        <translation>该 PDF 已损坏或不完整，无法显示。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Enter it to show the contract.</source>
        <translation>该 PDF 受密码保护。请输入密码以显示合同。</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>密码无法打开此 PDF。</translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation>该 PDF 没有可读取的页面。</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>该 PDF 没有第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is damaged.</source>
        <translation>该 PDF 的第 %1 页已损坏。</translation>
    </message>
    <message>
        <source>Page %1 is too large to show at this zoom.</source>
        <translation>第 %1 页在此缩放比例下过大，无法显示。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be drawn.</source>
        <translation>无法绘制该 PDF 的第 %1 页。</translation>
    </message>
</context>
<context>
    <name>cd::PdfTextReader</name>
    <message>
        <source>The file is %1 MB; contracts larger than %2 MB are not analysed.</source>
        <translation>文件大小为 %1 MB；大于 %2 MB 的合同不予分析。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>该文件不是 PDF 文档。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete and cannot be opened.</source>
        <translation>该 PDF 已损坏或不完整，无法打开。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Enter it to analyse the contract.</source>
        <translation>该 PDF 受密码保护。请输入密码以分析合同。</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>密码无法打开此 PDF。</translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation>该 PDF 没有可读取的页面。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The PDF has no text layer (it is probably a scan) and text recognition (OCR) is switched off.</source>
        <translation>该 PDF 没有文本层（可能是扫描件），且文字识别（OCR）已关闭。</translation>
    </message>
    <message>
        <source>Text recognition (OCR) is not available here, and the PDF has pages without text.</source>
        <translation>此处无法使用文字识别（OCR），而该 PDF 含有无文本的页面。</translation>
    </message>
</context>
<context>
    <name>cd::PdfWorker</name>
    <message>
        <source>No request on stdin.</source>
        <translation>标准输入中没有请求。</translation>
    </message>
    <message>
        <source>The request on stdin is not JSON.</source>
        <translation>标准输入中的请求不是 JSON。</translation>
    </message>
    <message>
        <source>The PDF is too large to analyse.</source>
        <translation>PDF 过大，无法分析。</translation>
    </message>
    <message>
        <source>The PDF did not arrive completely.</source>
        <translation>PDF 未完整传入。</translation>
    </message>
</context>
<context>
    <name>cd::ProgramCatalog</name>
    <message>
        <source>There is no program &quot;%1&quot;. Installed programs: %2.</source>
        <translation>没有申报项目“%1”。已安装的项目：%2。</translation>
    </message>
</context>
<context>
    <name>cd::Rate</name>
    <message>
        <source>&quot;%1&quot; is not a rate such as 0.50.</source>
        <translation>“%1”不是有效的比例（例如 0.50）。</translation>
    </message>
</context>
<context>
    <name>cd::ReviewTableModel</name>
    <message>
        <source>tampered</source>
        <extracomment>A package whose files differ from its manifests</extracomment>
        <translation>被篡改</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>recomputation differs</source>
        <translation>重新测算结果不同</translation>
    </message>
    <message>
        <source>program not installed</source>
        <translation>未安装该申报项目</translation>
    </message>
    <message>
        <source>low-confidence rules</source>
        <translation>依据低可信度规则</translation>
    </message>
    <message>
        <source>amount differs from the contract</source>
        <extracomment>The amount the application (or the batch&apos;s CSV) states is not the contract&apos;s total</extracomment>
        <translation>金额与合同不符</translation>
    </message>
    <message>
        <source>contract cannot be read</source>
        <translation>合同无法读取</translation>
    </message>
    <message>
        <source>other rules version</source>
        <translation>规则版本不同</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有标记</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>材料包</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Claimed subsidy</source>
        <translation>申报补贴</translation>
    </message>
    <message>
        <source>Recomputed subsidy</source>
        <translation>重新测算补贴</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>cd::ReviewView</name>
    <message>
        <source>Review of application packages</source>
        <translation>审核申报材料包</translation>
    </message>
    <message>
        <source>Packages &amp;folder:</source>
        <translation>材料包文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Packages folder</source>
        <translation>材料包文件夹</translation>
    </message>
    <message>
        <source>A folder of application packages (.zip)</source>
        <translation>存放申报材料包（.zip）的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for the packages folder</source>
        <translation>选择材料包文件夹</translation>
    </message>
    <message>
        <source>Read the &amp;contracts in the packages and compare their amounts</source>
        <translation>读取材料包中的合同并核对金额(&amp;C)</translation>
    </message>
    <message>
        <source>Read the contracts and compare their amounts</source>
        <translation>读取合同并核对金额</translation>
    </message>
    <message>
        <source>Each contract PDF is analysed again (about a second each) and its total compared with the amount the application states.</source>
        <translation>重新分析每份合同 PDF（每份约一秒），并将合同总额与申请中填写的金额比对。</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Verify and recompute every package</source>
        <translation>校验并重新测算每个材料包</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>取消审核</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>材料包(&amp;P)：</translation>
    </message>
    <message>
        <source>Reviewed packages</source>
        <translation>已审核的材料包</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Totals against the annual budget</source>
        <translation>合计与年度预算对比</translation>
    </message>
    <message>
        <source>&amp;Export review as CSV…</source>
        <translation>将审核结果导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the review as CSV</source>
        <translation>将审核结果导出为 CSV</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Choose a folder of packages</source>
        <translation>选择材料包文件夹</translation>
    </message>
    <message>
        <source>Choose a folder of packages.</source>
        <translation>请选择材料包文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The review stopped.</source>
        <translation>审核已停止。</translation>
    </message>
    <message>
        <source>There are no packages (.zip files) in this folder.</source>
        <translation>此文件夹中没有材料包（.zip 文件）。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) flagged: see the flags column.</source>
        <translation>
            <numerusform>%n 个材料包有标记：见“标记”列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing the packages…</source>
        <translation>正在审核材料包…</translation>
    </message>
    <message>
        <source>Open a folder of packages to see their totals against the program&apos;s annual budget.</source>
        <translation>打开材料包文件夹，查看其合计与项目年度预算的对比。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个材料包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n 个有标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimed %1, recomputed %2.</source>
        <translation>申报 %1，重新测算 %2。</translation>
    </message>
    <message>
        <source>Annual budget of the program: %1.</source>
        <translation>项目年度预算：%1。</translation>
    </message>
    <message>
        <source>No package states a subsidy, and the program&apos;s annual budget is not known: there is nothing to chart.</source>
        <translation>没有材料包填写补贴金额，项目年度预算也未知：无可绘制的内容。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>重新测算</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <source>Totals of the reviewed packages against the annual budget</source>
        <translation>已审核材料包合计与年度预算对比</translation>
    </message>
    <message>
        <source>CNY 10,000 (万元)</source>
        <extracomment>万元 = 10,000 yuan</extracomment>
        <translation>万元</translation>
    </message>
    <message>
        <source>Review a folder of packages first.</source>
        <translation>请先审核一个材料包文件夹。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The review was saved to %1.</source>
        <translation>审核结果已保存到 %1。</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>%1 = &quot;N packages&quot;, %2 = &quot;M flagged&quot;</extracomment>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Only for encrypted packages</source>
        <translation>仅用于加密的材料包</translation>
    </message>
    <message>
        <source>Password of encrypted packages</source>
        <translation>加密材料包的密码</translation>
    </message>
</context>
<context>
    <name>cd::RulePackLoader</name>
    <message>
        <source>Expected &quot;%1&quot;.</source>
        <translation>应为“%1”。</translation>
    </message>
    <message>
        <source>An id uses lower-case letters, digits and hyphens only.</source>
        <translation>编号只能使用小写字母、数字和连字符。</translation>
    </message>
    <message>
        <source>A version is numbers separated by dots, such as 2024.1.</source>
        <translation>版本号由以点分隔的数字组成，例如 2024.1。</translation>
    </message>
    <message>
        <source>No source with the id &quot;%1&quot; in &quot;sources&quot;.</source>
        <translation>“sources”中没有编号为“%1”的依据。</translation>
    </message>
    <message>
        <source>At least one source is needed.</source>
        <translation>至少需要一条依据。</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>应为%1。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Unknown parameter; the engine would ignore it.</source>
        <translation>未知参数；程序会忽略它。</translation>
    </message>
    <message>
        <source>an object with value, citation and confidence</source>
        <translation>包含 value、citation 和 confidence 的对象</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>This parameter is required.</source>
        <translation>此参数为必填项。</translation>
    </message>
    <message>
        <source>A rate cannot exceed 1.00 (100 %).</source>
        <translation>比例不能超过 1.00（100 %）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不在可选值之内：%2。</translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation>该时段的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The program ends before it starts.</source>
        <translation>项目的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A start-up rate needs the start-up age limit.</source>
        <translation>初创企业补贴比例需要设置初创企业的成立年限。</translation>
    </message>
    <message>
        <source>Domestic and other compute rates come as a pair.</source>
        <translation>国产算力与其他算力的补贴比例必须成对设置。</translation>
    </message>
    <message>
        <source>A soft cap needs the hard cap (annual_cap).</source>
        <translation>软上限需要同时设置硬上限（annual_cap）。</translation>
    </message>
    <message>
        <source>The rule pack is not valid JSON (%1 at byte %2).</source>
        <translation>规则包不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>A rule pack is a JSON object.</source>
        <translation>规则包应为 JSON 对象。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is too large for a rule pack.</source>
        <translation>文件 %1 过大，不是有效的规则包。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::SchemaMigrations</name>
    <message>
        <source>The database %1 could not be read or upgraded: %2</source>
        <translation>无法读取或升级数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a CouponDesk drafts database (it has other tables). It was left untouched; choose another file or an empty database.</source>
        <translation>%1 是一个数据库，但不是 CouponDesk 草稿数据库（含有其他数据表）。该文件未作任何改动；请选择其他文件或空数据库。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CouponDesk (schema version %2; this version understands up to %3). Update CouponDesk to open it; the database was not changed.</source>
        <translation>数据库 %1 由较新版本的 CouponDesk 写入（结构版本 %2；本版本最高支持 %3）。请升级 CouponDesk 后再打开；数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>cd::SubsidyCalculator</name>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4.</source>
        <translation>%1：%2 × %3 = %4。</translation>
    </message>
    <message>
        <source>%1: %2 × %3 − other public funding %4 = %5.</source>
        <translation>%1：%2 × %3 − 其他财政资助 %4 = %5。</translation>
    </message>
    <message>
        <source>%1: limited to the cap of %2 per contract.</source>
        <translation>%1：以单份合同上限 %2 为限。</translation>
    </message>
    <message>
        <source>The cap of %1 less %2 already received leaves %3; the subsidy is limited to it.</source>
        <translation>上限 %1 减去已获得的 %2，剩余 %3；补贴以此为限。</translation>
    </message>
    <message>
        <source>The cap of %1 less %2 already received leaves %3; %4 remain after this application.</source>
        <translation>上限 %1 减去已获得的 %2，剩余 %3；本次申请后剩余 %4。</translation>
    </message>
    <message>
        <source>Above %1 the program pays only in exceptional cases; the estimate uses the upper limit.</source>
        <translation>超过 %1 的部分仅在特殊情况下给予补贴；测算按上限计算。</translation>
    </message>
</context>
<context>
    <name>cd::TraceView</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 满足</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ 不满足</translation>
    </message>
    <message>
        <source>? open</source>
        <translation>? 待定</translation>
    </message>
    <message>
        <source>= value</source>
        <translation>= 数值</translation>
    </message>
    <message>
        <source>%1 [assumption]</source>
        <translation>%1 [假设]</translation>
    </message>
    <message>
        <source>Source: %1 — confidence %2</source>
        <translation>依据：%1 — 可信度 %2</translation>
    </message>
    <message>
        <source>high</source>
        <extracomment>How reliable the source of a rule is</extracomment>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>cd::TrainingComputeEstimator</name>
    <message>
        <source>The number of parameters must be above 0 and at most 1e15.</source>
        <translation>参数量必须大于 0 且不超过 1e15。</translation>
    </message>
    <message>
        <source>The number of tokens must be above 0 and at most 1e15.</source>
        <translation>token 数必须大于 0 且不超过 1e15。</translation>
    </message>
    <message>
        <source>The number of GPUs must be between 1 and %1.</source>
        <translation>GPU 数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The MFU is a share of the peak above 0 and at most 1, such as 0.40.</source>
        <translation>MFU 是占峰值算力的比例，须大于 0 且不超过 1，例如 0.40。</translation>
    </message>
    <message>
        <source>No GPU with a peak throughput was chosen.</source>
        <translation>未选择具有峰值算力数据的 GPU。</translation>
    </message>
    <message>
        <source>The projected cost is too large to compute.</source>
        <translation>预测成本过大，无法计算。</translation>
    </message>
</context>
<context>
    <name>cd::WizardAutosave</name>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Not saved yet (%1) — your input is kept and saving is retried.</source>
        <translation>尚未保存（%1）——您的输入已保留，系统将重试保存。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>cd::cli::BatchCommand</name>
    <message>
        <source>%1 rows, %2 rejected</source>
        <translation>共 %1 行，拒绝 %2 行</translation>
    </message>
    <message>
        <source>batch: %1% read, %2</source>
        <translation>批量处理：已读取 %1%，%2</translation>
    </message>
    <message>
        <source>Rows: %1, accepted %2 (%3 up to date from an earlier run), rejected %4.</source>
        <translation>行数：%1，接受 %2（其中 %3 行沿用先前运行的结果），拒绝 %4。</translation>
    </message>
    <message>
        <source>Eligible %1, not eligible %2, undetermined %3; flagged %4.</source>
        <translation>符合条件 %1，不符合条件 %2，尚无法确定 %3；需关注 %4。</translation>
    </message>
    <message>
        <source>Estimated subsidies: %1 eligible, %2 undetermined.</source>
        <translation>预计补贴：符合条件 %1，尚无法确定 %2。</translation>
    </message>
    <message>
        <source>Annual budget of the program: %1.</source>
        <translation>项目年度预算：%1。</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see errors.csv.</source>
        <translation>
            <numerusform>已拒绝 %n 行：见 errors.csv。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON summary on stdout.</source>
        <translation>在标准输出上打印 JSON 摘要。</translation>
    </message>
    <message>
        <source>Write the results to this folder.</source>
        <translation>将结果写入此文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The program to estimate for (default %1).</source>
        <translation>测算所依据的申报项目（默认 %1）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the rule pack in this file.</source>
        <translation>使用此文件中的规则包。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder of the contract files (default: the CSV&apos;s folder).</source>
        <translation>合同文件所在文件夹（默认：CSV 文件所在文件夹）。</translation>
    </message>
    <message>
        <source>Rows processed in parallel (default: the number of cores).</source>
        <translation>并行处理的行数（默认：CPU 核心数）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Value of the %1 column for rows that leave it empty.</source>
        <translation>该列为空的行所使用的 %1 列取值。</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>batch needs --out DIR.</source>
        <translation>batch 需要 --out 目录。</translation>
    </message>
    <message>
        <source>The contracts folder %1 does not exist.</source>
        <translation>合同文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to 256.</source>
        <translation>--jobs 应为 1 到 256 之间的数字。</translation>
    </message>
    <message>
        <source>Do not analyse the contract files (no CSV/contract comparison).</source>
        <translation>不分析合同文件（不进行 CSV 与合同的比对）。</translation>
    </message>
    <message>
        <source>Do not recognise scanned contracts (faster; they are flagged).</source>
        <translation>不识别扫描版合同（速度更快；此类合同会被标记）。</translation>
    </message>
    <message>
        <source>Estimate from the CSV only: no contract analysis, no packages.</source>
        <translation>仅根据 CSV 测算：不分析合同，不生成材料包。</translation>
    </message>
</context>
<context>
    <name>cd::cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli %1 %2</source>
        <translation>用法：coupondesk-cli %1 %2</translation>
    </message>
    <message>
        <source>Error [%1]: %2</source>
        <translation>错误 [%1]：%2</translation>
    </message>
    <message>
        <source>This is a bug in CouponDesk. Please report it with the command you ran and this message.</source>
        <translation>这是 CouponDesk 的程序缺陷。请连同您运行的命令和本消息一起报告。</translation>
    </message>
    <message>
        <source>Run &quot;coupondesk-cli --help&quot; for the list of commands.</source>
        <translation>运行“coupondesk-cli --help”查看命令列表。</translation>
    </message>
</context>
<context>
    <name>cd::cli::DraftsCommand</name>
    <message>
        <source>&quot;%1&quot; is not a draft number; see &quot;coupondesk-cli drafts list&quot;.</source>
        <translation>“%1”不是草稿编号；请参见“coupondesk-cli drafts list”。</translation>
    </message>
    <message>
        <source>No drafts in %1.</source>
        <translation>%1 中没有草稿。</translation>
    </message>
    <message>
        <source>(no applicant yet)</source>
        <translation>（尚无申请单位）</translation>
    </message>
    <message>
        <source>Draft %1 (%2)</source>
        <translation>草稿 %1（%2）</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>申报项目：%1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请单位：%1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>最后修改：%1</translation>
    </message>
    <message>
        <source>Wizard position: %1 %2</source>
        <extracomment>%1 is the wizard page id, %2 the field path on it</extracomment>
        <translation>向导位置：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Contracts: %n</source>
        <translation>
            <numerusform>合同：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated subsidy: %1 (rules %2 %3)</source>
        <translation>预计补贴：%1（规则 %2 %3）</translation>
    </message>
    <message numerus="yes">
        <source>A newer rule pack (%1) is installed: the subsidy would be %2 instead of %3; %n rule(s) changed.</source>
        <translation>
            <numerusform>已安装较新的规则包（%1）：补贴将为 %2，而非 %3；有 %n 条规则发生变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: no estimate was stored: %1</source>
        <translation>注意：未保存测算结果：%1</translation>
    </message>
    <message>
        <source>Imported as draft %1.</source>
        <translation>已导入为草稿 %1。</translation>
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation>已删除草稿 %1。</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>sqlite:///path/file.sqlite or postgresql://user@host:port/dbname (default: the setting, else the user&apos;s data folder).</source>
        <translation>sqlite:///path/file.sqlite 或 postgresql://user@host:port/dbname（默认：设置中的数据库，否则为用户数据文件夹）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unknown drafts action &quot;%1&quot;. Usage: coupondesk-cli drafts %2</source>
        <translation>未知的草稿操作“%1”。用法：coupondesk-cli drafts %2</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli drafts %1</source>
        <translation>用法：coupondesk-cli drafts %1</translation>
    </message>
    <message>
        <source>Draft %1 exported to %2 (sha256 %3).</source>
        <translation>草稿 %1 已导出到 %2（sha256 %3）。</translation>
    </message>
    <message>
        <source>Package file to write (export).</source>
        <translation>要写入的材料包文件（export）。</translation>
    </message>
    <message>
        <source>PACKAGE.zip</source>
        <translation>材料包.zip</translation>
    </message>
    <message>
        <source>Replace an existing package (export).</source>
        <translation>替换已有的材料包（export）。</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli drafts export ID --out PACKAGE.zip</source>
        <translation>用法：coupondesk-cli drafts export ID --out 材料包.zip</translation>
    </message>
    <message>
        <source>Note: %1 was read from a contract and is not confirmed; it is left out of the package.</source>
        <translation>注意：%1 从合同中读取且未经确认，未计入申报材料包。</translation>
    </message>
</context>
<context>
    <name>cd::cli::EstimateCommand</name>
    <message>
        <source>eligible</source>
        <translation>符合申报条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合申报条件</translation>
    </message>
    <message>
        <source>undetermined (questions are open)</source>
        <translation>尚无法确定（有问题待回答）</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <source>the annual cap</source>
        <translation>年度补贴上限</translation>
    </message>
    <message>
        <source>other public funding on the same contract</source>
        <translation>同一合同已获的其他财政资助</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Program: %1 (%2, rules %3)</source>
        <translation>申报项目：%1（%2，规则 %3）</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Estimated subsidy: %1</source>
        <translation>预计补贴：%1</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>补贴比例：%1</translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation>受限于：%1</translation>
    </message>
    <message>
        <source>Left under the cap this year: %1</source>
        <translation>本年度剩余额度：%1</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>[assumption]</source>
        <translation>[假设]</translation>
    </message>
    <message>
        <source>Source: %1 (confidence: %2)</source>
        <translation>依据：%1（可信度：%2）</translation>
    </message>
    <message>
        <source>Open questions: %1</source>
        <translation>待回答问题：%1</translation>
    </message>
    <message>
        <source>--exchange-rate expects CUR=RATE, for example EUR=7.80.</source>
        <translation>--exchange-rate 的格式为 币种=汇率，例如 EUR=7.80。</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>Use this program instead of the file&apos;s.</source>
        <translation>使用此申报项目，而非文件中指定的项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the rule pack in this file.</source>
        <translation>使用此文件中的规则包。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Convert a foreign currency, e.g. EUR=7.80 (program currency per unit).</source>
        <translation>换算外币，例如 EUR=7.80（每单位外币折合的项目币种金额）。</translation>
    </message>
    <message>
        <source>CUR=RATE</source>
        <translation>币种=汇率</translation>
    </message>
</context>
<context>
    <name>cd::cli::ExportCommand</name>
    <message>
        <source>Write the package to this file.</source>
        <translation>将材料包写入此文件。</translation>
    </message>
    <message>
        <source>PACKAGE.zip</source>
        <translation>材料包.zip</translation>
    </message>
    <message>
        <source>Look for the contract files here (default: the application&apos;s folder).</source>
        <translation>在此查找合同文件（默认：申请文件所在文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Language of the application form.</source>
        <translation>申请书使用的语言。</translation>
    </message>
    <message>
        <source>Encrypt the package with AES-256 and this password.</source>
        <translation>使用 AES-256 和此密码加密材料包。</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Replace an existing package.</source>
        <translation>替换已有的材料包。</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>export needs --out PACKAGE.zip.</source>
        <translation>export 需要 --out 材料包.zip。</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>--lang 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--encrypt-password needs a non-empty password.</source>
        <translation>--encrypt-password 需要非空密码。</translation>
    </message>
    <message>
        <source>Wrote %1 (package %2, %3 bytes).</source>
        <translation>已写入 %1（材料包 %2，%3 字节）。</translation>
    </message>
    <message>
        <source>Verdict: %1; estimated subsidy: %2</source>
        <translation>结论：%1；预计补贴：%2</translation>
    </message>
</context>
<context>
    <name>cd::cli::ExtractCommand</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>页数：%1</translation>
    </message>
    <message>
        <source>Text layer: %1</source>
        <translation>文本层：%1</translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation>文字识别（OCR）：%1</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>（第 %1 页）</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>The password of an encrypted PDF.</source>
        <translation>加密 PDF 的密码。</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Do not recognise pages without a text layer (scans).</source>
        <translation>不对无文本层的页面（扫描件）进行文字识别。</translation>
    </message>
    <message>
        <source>Recognising page %1 of %2…</source>
        <translation>正在识别第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>正在读取第 %1 页，共 %2 页…</translation>
    </message>
</context>
<context>
    <name>cd::cli::Main</name>
    <message>
        <source>list the installed programs, or validate a rule pack</source>
        <translation>列出已安装的申报项目，或校验规则包</translation>
    </message>
    <message>
        <source>check an application&apos;s eligibility</source>
        <translation>核查申请的申报资格</translation>
    </message>
    <message>
        <source>estimate the subsidy of an application</source>
        <translation>测算申请的补贴金额</translation>
    </message>
    <message>
        <source>estimate many applicants from a CSV file</source>
        <translation>根据 CSV 文件批量测算多个申请单位</translation>
    </message>
    <message>
        <source>read a contract PDF and extract its fields</source>
        <translation>读取合同 PDF 并提取字段</translation>
    </message>
    <message>
        <source>write an application package (PDF form, data, contracts)</source>
        <translation>生成申报材料包（PDF 申请书、数据、合同）</translation>
    </message>
    <message>
        <source>verify application packages</source>
        <translation>校验申报材料包</translation>
    </message>
    <message>
        <source>estimate a training run&apos;s GPU-hours and cost</source>
        <translation>估算训练任务的 GPU 时数和成本</translation>
    </message>
    <message>
        <source>list, show, import or delete stored drafts</source>
        <translation>列出、查看、导入或删除已保存的草稿</translation>
    </message>
    <message>
        <source>Usage: coupondesk-cli COMMAND [options]</source>
        <translation>用法：coupondesk-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;coupondesk-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>运行“coupondesk-cli 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>cd::cli::PlanCommand</name>
    <message>
        <source>GPU: %1 (%2 TFLOPS 16-bit dense; source: %3, confidence: %4)</source>
        <translation>GPU：%1（16 位稠密算力 %2 TFLOPS；来源：%3，可信度：%4）</translation>
    </message>
    <message>
        <source>Parameters: %1, tokens: %2%3</source>
        <translation>参数量：%1，token 数：%2%3</translation>
    </message>
    <message>
        <source> (20 per parameter, Chinchilla)</source>
        <translation>（每个参数 20 个 token，Chinchilla 法则）</translation>
    </message>
    <message>
        <source>Training compute: %1 FLOPs (6 · N · D)</source>
        <translation>训练算力：%1 FLOPs（6 · N · D）</translation>
    </message>
    <message>
        <source>GPU-hours at %1 % MFU: %2</source>
        <translation>MFU 为 %1 % 时的 GPU 时数：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wall-clock on %n GPU(s): %1 hours (%2 days)</source>
        <translation>
            <numerusform>在 %n 块 GPU 上的实际耗时：%1 小时（%2 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1 at %2 per GPU-hour (%3)</source>
        <translation>成本：%1，按每 GPU 小时 %2 计（%3）</translation>
    </message>
    <message>
        <source>from a contract</source>
        <translation>来自合同</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>  at %1 % MFU: %2 GPU-hours, %3</source>
        <translation>  MFU 为 %1 % 时：%2 GPU 小时，%3</translation>
    </message>
    <message>
        <source>Cost: unknown (give --price in CNY per GPU-hour)</source>
        <translation>成本：未知（请用 --price 指定每 GPU 小时的价格，单位为元）</translation>
    </message>
    <message>
        <source>--price expects CNY per GPU-hour such as 12.50, not &quot;%1&quot;.</source>
        <translation>--price 应为每 GPU 小时的价格（元），例如 12.50，而不是“%1”。</translation>
    </message>
    <message>
        <source>The price per GPU-hour must be positive.</source>
        <translation>每 GPU 小时的价格必须大于零。</translation>
    </message>
    <message>
        <source>--chart writes a .png or an .svg file.</source>
        <translation>--chart 生成 .png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>--chart needs --price.</source>
        <translation>--chart 需要同时指定 --price。</translation>
    </message>
    <message>
        <source>--start expects a date such as 2025-04-01.</source>
        <translation>--start 应为日期，例如 2025-04-01。</translation>
    </message>
    <message>
        <source>--months expects a whole number.</source>
        <translation>--months 应为整数。</translation>
    </message>
    <message>
        <source>--subsidy-rate expects a share such as 0.50.</source>
        <translation>--subsidy-rate 应为比例，例如 0.50。</translation>
    </message>
    <message>
        <source>The subsidy rate is at most 1.</source>
        <translation>补贴比例最高为 1。</translation>
    </message>
    <message>
        <source>--cap-headroom expects an amount such as 8400000.00.</source>
        <translation>--cap-headroom 应为金额，例如 8400000.00。</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>图表已写入 %1。</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>Model parameters N, e.g. 7e9 or 7B.</source>
        <translation>模型参数量 N，例如 7e9 或 7B。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Training tokens D, e.g. 1.4e11 (default 20 × N).</source>
        <translation>训练 token 数 D，例如 1.4e11（默认 20 × N）。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>GPU name or alias, e.g. H800, A100, 910B.</source>
        <translation>GPU 名称或别名，例如 H800、A100、910B。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number of GPUs (default 1).</source>
        <translation>GPU 数量（默认 1）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation, share of peak (default 0.40).</source>
        <translation>模型算力利用率（MFU），占峰值的比例（默认 0.40）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Price in CNY per GPU-hour.</source>
        <translation>每 GPU 小时的价格（元）。</translation>
    </message>
    <message>
        <source>CNY_PER_GPU_HOUR</source>
        <translation>每GPU小时元数</translation>
    </message>
    <message>
        <source>Also write the monthly cost chart (.png or .svg).</source>
        <translation>同时生成每月成本图表（.png 或 .svg）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Chart: first day of the run (default: next month).</source>
        <translation>图表：训练开始日期（默认：下个月）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Chart: months shown (default: until the run ends at 30 % MFU).</source>
        <translation>图表：显示的月数（默认：按 30 % MFU 直至训练结束）。</translation>
    </message>
    <message>
        <source>Chart: share of the cost the coupon pays, e.g. 0.50.</source>
        <translation>图表：算力券承担的成本比例，例如 0.50。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Chart: what is left under the annual cap, in CNY.</source>
        <translation>图表：年度上限剩余额度（元）。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Chart: a second scenario on this GPU.</source>
        <translation>图表：在此 GPU 上的第二个方案。</translation>
    </message>
    <message>
        <source>Chart: a second scenario at this price per GPU-hour.</source>
        <translation>图表：按此每 GPU 小时价格的第二个方案。</translation>
    </message>
    <message>
        <source>plan needs --params and --gpu.</source>
        <translation>plan 需要 --params 和 --gpu。</translation>
    </message>
    <message>
        <source>--params expects a number such as 7e9 or 7B.</source>
        <translation>--params 应为数字，例如 7e9 或 7B。</translation>
    </message>
    <message>
        <source>--tokens expects a number such as 1.4e11 or 140B.</source>
        <translation>--tokens 应为数字，例如 1.4e11 或 140B。</translation>
    </message>
    <message>
        <source>--gpus expects a whole number.</source>
        <translation>--gpus 应为整数。</translation>
    </message>
    <message>
        <source>--mfu expects a share such as 0.40.</source>
        <translation>--mfu 应为比例，例如 0.40。</translation>
    </message>
    <message>
        <source>Warning: your GPU catalog was ignored: %1</source>
        <translation>警告：已忽略您的 GPU 目录：%1</translation>
    </message>
    <message numerus="yes">
        <source>The application has %n contract(s); there is no contract %1.</source>
        <translation>
            <numerusform>该申请共有 %n 份合同；不存在合同 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Derive the price per GPU-hour from a contract of this application file: amount ÷ (GPUs × hours of the service period).</source>
        <translation>根据本申请文件中的一份合同推算每 GPU 小时价格：金额 ÷（GPU 数量 × 服务期内的小时数）。</translation>
    </message>
    <message>
        <source>APPLICATION.json</source>
        <translation>申请.json</translation>
    </message>
    <message>
        <source>With --price-from: which contract, counted from 1 (default 1).</source>
        <translation>与 --price-from 配合使用：指定第几份合同，从 1 开始计数（默认为 1）。</translation>
    </message>
    <message>
        <source>Give either --price or --price-from, not both.</source>
        <translation>--price 和 --price-from 只能指定其一，不能同时使用。</translation>
    </message>
    <message>
        <source>--contract expects a whole number.</source>
        <translation>--contract 需要一个整数。</translation>
    </message>
</context>
<context>
    <name>cd::cli::ProgramsCommand</name>
    <message>
        <source>%1: valid rule pack %2, version %3.</source>
        <translation>%1：规则包 %2 有效，版本 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the rule pack is refused (%n problem(s)):</source>
        <translation>
            <numerusform>%1：规则包被拒绝（%n 个问题）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>Check a rule pack file and list every problem.</source>
        <translation>检查规则包文件并列出所有问题。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Warning: a rule pack was skipped: %1</source>
        <translation>警告：已跳过一个规则包：%1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>自 %1 起有效</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>版本 %1，%2</translation>
    </message>
</context>
<context>
    <name>cd::cli::VerifyCommand</name>
    <message>
        <source>%1: cannot be verified [%2]: %3</source>
        <translation>%1：无法校验 [%2]：%3</translation>
    </message>
    <message>
        <source>%1: OK (%2 files, program %3, subsidy %4)</source>
        <translation>%1：通过（%2 个文件，申报项目 %3，补贴 %4）</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1：未通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Password of an encrypted package.</source>
        <translation>加密材料包的密码。</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>%1: OK (%2 files, program %3)</source>
        <translation>%1：通过（%2 个文件，申报项目 %3）</translation>
    </message>
    <message>
        <source>There are no packages (.zip files) in the folder %1.</source>
        <translation>文件夹 %1 中没有材料包（.zip 文件）。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) verified</source>
        <translation>
            <numerusform>已校验 %n 个材料包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 个未通过。</numerusform>
        </translation>
    </message>
</context>
</TS>
