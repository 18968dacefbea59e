using Analyzer.Core.Proposals;

namespace Analyzer.Core.Drafting;

public static partial class DraftQuestions
{
    /// <summary>What and why (Veale, Matus &amp; Gorwa 2023): layers, modalities, rationales, who gains and who pays.</summary>
    public static class WhatAndWhy
    {
        public static readonly DraftSection Section = new(
            "what-and-why",
            T("What and why", "治理对象与动因"),
            T("Veale, Matus & Gorwa (2023)", "Veale、Matus & Gorwa（2023）"),
            T("Veale, Matus & Gorwa (2023) ask what part of AI the rules act on, by which of six modalities global AI governance works, why it exists, and who gains and who pays.",
              "Veale、Matus & Gorwa（2023）追问：规则作用于AI的哪个层面，全球AI治理通过六种方式中的哪几种运作，它为何存在，谁从中获益、谁承担成本。"));

        public static readonly Question Lifecycle = Q("lifecycle",
            T("Which layer of AI do the rules act on?", "规则作用于AI的哪个层面？"),
            T("Veale, Matus & Gorwa (2023): development (how systems are built and tested before release), deployment (how they are put to use), infrastructure (the upstream inputs: compute, cloud, networks, tools).",
              "Veale、Matus & Gorwa（2023）：development（系统在发布前如何构建与测试）、deployment（系统如何投入使用）、infrastructure（上游投入：计算资源、云服务、网络、工具）。"),
            Vocabulary.Lifecycle);

        public static readonly Question Modalities = Q("modalities",
            T("Through which modalities does it govern?", "它通过哪些方式进行治理？"),
            T("Veale, Matus & Gorwa (2023) name six: ethics principles and councils, industry self-governance, contracts and licences, standards, international agreements, and domestic law with effect abroad. Each brings its own tension, which the tool then checks.",
              "Veale、Matus & Gorwa（2023）归纳了六种方式：伦理原则与理事会、行业自治、合同和执照、标准、国际协议，以及具有域外效力的国内立法。每种方式各有其张力，本工具随后会逐一检查。"),
            Vocabulary.Modalities);

        public static readonly Question Rationales = Q("rationales",
            T("Why does the design exist?", "该设计为何存在？"),
            T("Veale, Matus & Gorwa (2023): economic gain, effects on work (labour), privacy, discrimination (bias), energy use, security, effects that cross borders, and spreading AI's benefits (benefit-sharing).",
              "Veale、Matus & Gorwa（2023）：经济利益（economic）、对就业的影响（labour）、隐私（privacy）、歧视（bias）、能源消耗（energy）、安全（security）、跨越国界的影响（cross-border）以及分享AI的益处（benefit-sharing）。"),
            Vocabulary.Rationales);

        public static readonly Question Beneficiaries = Q("beneficiaries",
            T("Who gains from the design?", "谁从该设计中获益？"),
            T("Veale, Matus & Gorwa (2023) end by asking who benefits. The tool compares this list, as text, with the cost-bearers and the issuer, so spell the same party the same way each time.",
              "Veale、Matus & Gorwa（2023）最后追问：谁从中受益。本工具将此列表与成本承担者及发布者按文本比较，因此同一方每次都应以相同写法填写。"));

        public static readonly Question Drafters = Q("drafters",
            T("Who wrote it?", "由谁起草？"),
            T("Veale, Matus & Gorwa (2023): naming the drafters lets a reader see whose interests shaped the rules.",
              "Veale、Matus & Gorwa（2023）：写明起草者，读者才能看出规则受到了谁的利益影响。"));

        public static readonly Question CostBearers = Q("costBearers",
            T("Who pays for it, or carries its burdens?", "谁为其付费或承担其负担？"),
            T("Veale, Matus & Gorwa (2023): set against the beneficiaries. When those the rules constrain are also their main beneficiaries, the rules may serve them at others' expense.",
              "Veale、Matus & Gorwa（2023）：与受益者对照。如果受规则约束者同时是主要受益者，规则就可能以他人为代价为其服务。"));

        public static readonly Question IndustryFunded = Q("industryFunded",
            T("Is the body, or the evidence it relies on, paid for by the firms it governs?", "该机构或其所依据的证据是否由其所治理的企业出资？"),
            T("Veale, Matus & Gorwa (2023): a few firms control key AI resources and steer governance by funding research and tools.",
              "Veale、Matus & Gorwa（2023）：少数几家公司掌握AI的关键资源，并借助资助研究和工具左右治理走向。"));

        public static readonly Question DependsOnDominantFirms = Q("dependsOnDominantFirms",
            T("Does the design depend on, or entrench, a few firms that control compute, data or models?", "该设计是否依赖或巩固少数掌控计算资源、数据或模型的公司？"),
            T("Veale, Matus & Gorwa (2023): industry self-governance is uneven, and a few dominant firms can set its course. The criteria read this when the body is not industry-funded.",
              "Veale、Matus & Gorwa（2023）：行业自治的发展并不均衡，少数主导公司能够左右其方向。当该机构并非由企业出资时，评估标准会读取此项。"));

        public static readonly Question NegotiationTransparent = Q("negotiation.transparent",
            T("Was the text negotiated in public view?", "文本是否公开谈判？"),
            T("Veale, Matus & Gorwa (2023) ask of international agreements whether they bind their parties and whether they were negotiated in the open.",
              "Veale、Matus & Gorwa（2023）追问国际协议是否约束缔约方，以及谈判是否公开进行。"));

        public static readonly Question NegotiationParticipants = Q("negotiation.participants",
            T("Who took part in the negotiation?", "谁参与了谈判？"),
            T("Veale, Matus & Gorwa (2023): who sits at the table shapes what the text says. Kept for the record.",
              "Veale、Matus & Gorwa（2023）：谁参与谈判决定了文本的内容。此项仅作记录。"));

        /// <summary>Not a field: whether to ask the council's four fields at all.</summary>
        public static readonly Question Council = Q("council",
            T("Does the design set up an ethics council or advisory board?", "该设计是否设立伦理理事会或咨询委员会？"),
            T("Veale, Matus & Gorwa (2023): many ethics councils were set up by technology firms, inside one firm or shared by several, with limited effect. Yes asks four questions about it; no and don't know leave it out.",
              "Veale、Matus & Gorwa（2023）：许多伦理理事会由科技公司设立，有的设在单个公司内部，有的由几家公司共同设立，实际作用有限。选“是”将就此再问四个问题；选“否”或“不知道”则略去此项。"));

        public static readonly Question CouncilBindingAuthority = Q("council.bindingAuthority",
            T("Do the council's rulings bind the firm or firms it advises?", "理事会的决定是否约束其所咨询的公司？"),
            T("Veale, Matus & Gorwa (2023): a council whose rulings the firm may ignore changes little.",
              "Veale、Matus & Gorwa（2023）：如果公司可以无视理事会的决定，理事会便难有作为。"));

        public static readonly Question CouncilIndependent = Q("council.independent",
            T("Are its members independent of those firms?", "其成员是否独立于这些公司？"),
            T("Veale, Matus & Gorwa (2023): members who depend on the firm cannot check it. The criteria read this when the rulings bind.",
              "Veale、Matus & Gorwa（2023）：依附于公司的成员无法制约公司。当理事会的决定具有约束力时，评估标准会读取此项。"));

        public static readonly Question CouncilMemberSelection = Q("council.memberSelection",
            T("How are its members chosen?", "其成员如何遴选？"),
            T("Veale, Matus & Gorwa (2023): whoever picks the members decides whose voice the council carries. Kept for the record.",
              "Veale、Matus & Gorwa（2023）：由谁遴选成员，决定了理事会代表谁的声音。此项仅作记录。"));

        public static readonly Question CouncilScope = Q("council.scope",
            T("Is it the council of one firm, or shared by several?", "它是一家公司的理事会，还是由多家公司共同设立？"),
            T("Veale, Matus & Gorwa (2023): internal councils sit inside one firm; multi-firm ones are shared by several.",
              "Veale、Matus & Gorwa（2023）：internal 指设在单个公司内部的理事会；multi-firm 指由多家公司共同设立的理事会。"),
            Vocabulary.CouncilScopes);

        public static IReadOnlyList<Question> All =>
        [
            Lifecycle, Modalities, Rationales, Beneficiaries, Drafters, CostBearers, IndustryFunded, DependsOnDominantFirms,
            NegotiationTransparent, NegotiationParticipants, Council, CouncilBindingAuthority, CouncilIndependent,
            CouncilMemberSelection, CouncilScope,
        ];
    }
}
