using Analyzer.Core.Proposals;

namespace Analyzer.Core.Drafting;

public static partial class DraftQuestions
{
    /// <summary>Cooperation (Roberts, Hine, Taddeo &amp; Floridi 2024): barriers to cooperation and the pathway around them.</summary>
    public static class Cooperation
    {
        public static readonly DraftSection Section = new(
            "cooperation",
            T("Cooperation", "国际合作"),
            T("Roberts, Hine, Taddeo & Floridi (2024)", "Roberts、Hine、Taddeo & Floridi（2024）"),
            T("Roberts, Hine, Taddeo & Floridi (2024) separate first-order cooperation problems (rival states' clashing security and economic interests) from second-order ones (institutions that stall through gridlock, vetoes and fragmentation). They find strengthening the regime complex, the web of institutions that already govern AI, more legitimate and more likely to work than building a new central body.",
              "Roberts、Hine、Taddeo & Floridi（2024）区分了一阶合作问题（相互竞争的国家在安全和经济利益上的冲突）与二阶合作问题（国际机构因僵局、否决和碎片化而停滞）。他们认为，强化机制复合体（即已在治理AI的各机构所构成的网络）比新建集中式机构更具合法性，也更可行。"));

        public static readonly Question Pathway = Q("cooperation.pathway",
            T("Does it build a new central body, strengthen existing institutions, or mix both?", "它是新建集中式机构、强化现有机构，还是两者兼有？"),
            T("Roberts et al. (2024) judge strengthening the existing regime complex both more legitimate and more likely to work than a new centralized institution. A hybrid counts only when it names the existing institutions it builds on (asked below).",
              "Roberts 等（2024）认为，强化现有的机制复合体比新建集中式机构更具合法性，也更可行。混合路径只有列明其所依托的现有机构（下面会问到）才算数。"),
            Vocabulary.Pathways);

        public static readonly Question RivalAgreementNeeded = Q("cooperation.rivalAgreementNeeded",
            T("Does success hinge on strategic rivals agreeing on matters central to their security or economic competition?",
              "其成功是否取决于战略竞争对手在攸关其安全或经济竞争的问题上达成一致？"),
            T("Roberts et al. (2024): first-order cooperation problems arise where rival states' security and economic interests clash.",
              "Roberts 等（2024）：一阶合作问题产生于相互竞争的国家在安全和经济利益上的冲突之处。"));

        public static readonly Question DecisionRule = Q("cooperation.decisionRule",
            T("How does the forum that hosts it decide?", "其所依托的论坛如何作出决定？"),
            T("Roberts et al. (2024): second-order problems. A veto, or a consensus that rivals must join, lets one member block the whole institution.",
              "Roberts 等（2024）：二阶合作问题。否决权，或须由竞争对手共同达成的协商一致，会让一个成员就能阻碍整个机构。"),
            Vocabulary.DecisionRules);

        public static readonly Question LinkedInstitutions = Q("cooperation.linkedInstitutions",
            T("Which existing institutions does it coordinate with?", "它与哪些现有机构协调？"),
            T("Roberts et al. (2024): the regime complex is many linked but separately run institutions, e.g. oecd, unesco, iso-iec, gpai, un. Strengthening it means coordinating with them.",
              "Roberts 等（2024）：机制复合体由众多彼此关联却各自运行的机构构成，例如 oecd、unesco、iso-iec、gpai、un。强化它就意味着与这些机构协调。"));

        public static readonly Question Coordination = Q("cooperation.coordination",
            T("By what mechanisms does it coordinate with them?", "通过哪些机制与之协调？"),
            T("Roberts et al. (2024): dividing tasks, cross-referencing each other's rules and shared dialogues avoid conflict and duplication.",
              "Roberts 等（2024）：划分职责、交叉援引彼此的规则以及共同对话，可以避免冲突和重复。"));

        public static readonly Question CapacityBuilding = Q("cooperation.capacityBuilding",
            T("How does it strengthen the institutions it relies on?", "它如何提升其所依托机构的能力？"),
            T("Roberts et al. (2024): a lack of expertise and resources is one reason the regime complex is weak; funding, training and technical assistance raise capacity.",
              "Roberts 等（2024）：专业知识和资源的不足是机制复合体薄弱的原因之一；资金、培训和技术援助可以提升能力。"));

        public static readonly Question ExpertBodies = Q("cooperation.expertBodies",
            T("Which expert bodies supply its evidence?", "哪些专家机构为其提供证据？"),
            T("Roberts et al. (2024) recommend drawing on existing expert bodies, such as the OECD, for authoritative evidence.",
              "Roberts 等（2024）建议借助 OECD 等现有专家机构获取权威证据。"));

        public static readonly Question Levels = Q("cooperation.levels",
            T("At which levels of governance does it act?", "它在哪些治理层次上行动？"),
            T("Roberts et al. (2024) argue for cooperation across the international, national, subnational and private-sector levels.",
              "Roberts 等（2024）主张在国际、国家、次国家和私营部门等多个治理层次之间开展合作。"),
            Vocabulary.Levels);

        public static readonly Question Implementation = Q("cooperation.implementation",
            T("How are its principles put into practice?", "其原则如何付诸实践？"),
            T("Roberts et al. (2024): principles from intergovernmental organizations stall without means to implement them; peer review and technical assistance count here. Monitoring, audits, inspections and reporting count for the tension of contracts and licences in Veale, Matus & Gorwa (2023).",
              "Roberts 等（2024）：政府间组织的原则若缺乏落实手段便会停滞；同行评议和技术援助在此计入。监测、审计、检查和报告则计入 Veale、Matus & Gorwa（2023）所述合同和执照方式的张力。"),
            [.. Vocabulary.Mechanisms.Where(m => m != "none")]);

        public static readonly Question Flexibility = Q("cooperation.flexibility",
            T("How does it accommodate diverging national priorities and rapid change?", "它如何兼顾各国不同的优先事项并适应快速变化？"),
            T("Roberts et al. (2024) favour flexible governance. periodic-review, delegated-acts, sunset-clause and amendment-procedure revise the design; other ways are kept as written.",
              "Roberts 等（2024）主张灵活的治理。periodic-review（定期审查）、delegated-acts（授权立法）、sunset-clause（日落条款）和 amendment-procedure（修订程序）用于修订设计；其他方式按所写内容保留。"),
            Vocabulary.RevisionMechanisms);

        public static readonly Question GlobalSouthIncluded = Q("cooperation.globalSouthIncluded",
            T("Do low- and middle-income states take part in its decisions?", "中低收入国家是否参与其决策？"),
            T("Roberts et al. (2024): the regime-complex route can be more inclusive, and so more legitimate, than a new body designed by a narrow club of states.",
              "Roberts 等（2024）：与少数国家设计的新机构相比，依托机制复合体的路径可以更具包容性，因而更具合法性。"));

        public static readonly Question GapAddressed = Q("cooperation.gapAddressed",
            T("Which governance gap does it fill, in a sentence? ('none' if it fills none)", "它填补了什么治理空白（用一句话说明；如没有则填 none）？"),
            T("Roberts et al. (2024): a new node should fill a gap in the regime complex rather than duplicate what exists.",
              "Roberts 等（2024）：新节点应填补机制复合体中的空白，而不是重复已有的机构。"));

        public static readonly Question OverlapsWith = Q("cooperation.overlapsWith",
            T("Which existing initiatives does it overlap with?", "它与哪些现有倡议重叠？"),
            T("Roberts et al. (2024): an overlap counts as coordinated only when the same initiative, spelt the same way, is among the institutions it coordinates with.",
              "Roberts 等（2024）：只有当同一倡议以相同写法出现在其协调的机构之中时，重叠才算已协调。"));

        public static readonly Question Spillovers = Q("cooperation.spillovers",
            T("How should change here reinforce change in other institutions or policy areas?", "此处的变革应如何带动其他机构或政策领域的变革？"),
            T("Roberts et al. (2024): strengthening the regime complex is meant to set off mutually reinforcing change across policy areas.",
              "Roberts 等（2024）：强化机制复合体旨在推动多个政策领域中彼此强化的变革。"));

        public static IReadOnlyList<Question> All =>
        [
            Pathway, RivalAgreementNeeded, DecisionRule, LinkedInstitutions, Coordination, CapacityBuilding, ExpertBodies,
            Levels, Implementation, Flexibility, GlobalSouthIncluded, GapAddressed, OverlapsWith, Spillovers,
        ];
    }
}
