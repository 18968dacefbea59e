using Analyzer.Core.Proposals;

namespace Analyzer.Core.Drafting;

public static partial class DraftQuestions
{
    /// <summary>Power and authorization (Erman &amp; Furendal 2024): the chain from a public to those who decide.</summary>
    public static class Chain
    {
        public static readonly DraftSection Section = new(
            "chain",
            T("Power and authorization", "权力与授权"),
            T("Erman & Furendal (2024)", "Erman & Furendal（2024）"),
            T("Erman & Furendal (2024): legitimate AI governance runs along a chain. A public, the people governed, grants power to authorized entities by a democratic act, and those entities delegate power to mandated entities. List every actor in the chain, then say who adopts the instrument and who takes which decisions.",
              "Erman & Furendal（2024）：具有合法性的AI治理沿着一条链条展开。公众（受治理的人民）通过民主程序赋予授权实体权力，授权实体再将权力下放给托管实体。请列出链条上的每个行为体，再说明由谁通过该文书、由谁作出哪些决策。"));

        public static readonly Question Direction = Q("direction",
            T("Does the design govern AI, govern by AI, or both?", "该设计是对AI的治理、通过AI的治理，还是两者兼有？"),
            T("Erman & Furendal (2024): governance of AI (of-ai) sets rules for AI; governance by AI (by-ai) uses AI inside the governing of some other domain, which needs power delegated through governance of AI. This is a label only: the tool reads AI use from the decisions you list below.",
              "Erman & Furendal（2024）：对AI的治理（of-ai）为AI制定规则；通过AI的治理（by-ai）是在治理其他领域时使用AI，其权力须来自对AI的治理所下放的权力。此项只是标签：本工具从下面列出的决策中读取AI的使用情况。"),
            Vocabulary.Directions);

        public static readonly Question Entities = Q("entities",
            T("Entities in the chain of authorization", "授权链条上的实体"),
            T("Erman & Furendal (2024): every actor in the chain, the public included. Enter the public first, then the authorized entities, then the mandated ones: each entity can refer only to those entered before it.",
              "Erman & Furendal（2024）：链条上的每个行为体，包括公众。请先输入公众，再输入授权实体，最后输入托管实体：每个实体只能引用在它之前输入的实体。"));

        public static readonly Question EntityId = Q("entities[].id",
            T("Entity id (e.g. parliament)", "实体 id（例如 parliament）"),
            T("Unique within the proposal; the other answers refer to the entity by it. Lower-case letters, digits and hyphens.",
              "在提案中唯一；其他回答通过它引用该实体。使用小写字母、数字和连字符。"));

        public static readonly Question EntityKind = Q("entities[].kind",
            T("What kind of entity is it?", "它属于哪类实体？"),
            T("Erman & Furendal (2024): public is a demos, the people governed; authorized holds power that a public granted it by a democratic act (an elected parliament, a democratic state); mandated holds power delegated by authorized entities (an agency, an international organization, a court); private is a firm, consortium, NGO or multistakeholder body without a public mandate; ai-system is an AI system. The tool checks this claim against the links you give next.",
              "Erman & Furendal（2024）：public 指公众，即受治理的人民；authorized 指授权实体，其权力由公众通过民主程序授予（如经选举产生的议会、民主国家）；mandated 指托管实体，其权力由授权实体下放（如主管机构、国际组织、法院）；private 指没有公共授权的私人行为体（企业、联盟、非政府组织或多利益相关方机构）；ai-system 指AI系统。本工具会依据你接下来给出的链接核查这一声明。"),
            Vocabulary.EntityKinds);

        public static readonly Question EntityName = Q("entities[].name",
            T("Its name", "名称"),
            T("A name people read, e.g. 'National Assembly'.", "供人阅读的名称，例如“国民议会”。"));

        public static readonly Question AuthorizedBy = Q("entities[].authorizedBy",
            T("Which public grants its power?", "哪个公众授予其权力？"),
            T("Erman & Furendal (2024): an authorized entity draws its power from a public. Choose that public among the entities entered so far.",
              "Erman & Furendal（2024）：授权实体的权力来自公众。请从已输入的实体中选出该公众。"));

        public static readonly Question Authorization = Q("entities[].authorization",
            T("How was that power granted?", "该权力以何种方式授予？"),
            T("Erman & Furendal (2024): election, ratification, statute and membership count as democratic acts; appointment and none do not, and then the entity does not trace as authorized.",
              "Erman & Furendal（2024）：election（选举）、ratification（批准）、statute（法规）和 membership（成员资格）属于民主程序；appointment（任命）和 none（无）不属于，此时该实体不能追溯为授权实体。"),
            Vocabulary.Authorizations);

        public static readonly Question MandatedBy = Q("entities[].mandatedBy",
            T("Who delegated its power to it?", "谁向其下放了权力？"),
            T("Erman & Furendal (2024): a mandated entity holds power delegated by authorized (or mandated) entities, and traces as mandated only when every one of them traces back to a public. A private body acting under such a mandate, which its mandators can revoke, counts as mandated for that work.",
              "Erman & Furendal（2024）：托管实体的权力由授权实体（或托管实体）下放；只有当这些实体都能追溯到公众时，它才能追溯为托管实体。私人行为体在这样的托管下行事、且托管可由下放权力的实体撤销时，就这项工作而言视为托管实体。"));

        public static readonly Question AccountableTo = Q("entities[].accountableTo",
            T("Whom does it answer to?", "它向谁负责？"),
            T("Erman & Furendal (2024): a mandated entity stays accountable to the authorized entities of its own chain: it reports to them and they can question it. Answering only to a private body does not count.",
              "Erman & Furendal（2024）：托管实体须对其所在链条上的授权实体负责：向其报告并接受其质询。仅对私人行为体负责不算在内。"));

        public static readonly Question RevocableBy = Q("entities[].revocableBy",
            T("Who can withdraw its mandate?", "谁能撤销其托管？"),
            T("Erman & Furendal (2024): the authorized entities keep the power to withdraw the mandate; that power is what keeps oversight real.",
              "Erman & Furendal（2024）：授权实体保有撤销托管的权力；撤销权保证了监管的有效性。"));

        public static readonly Question Transparency = Q("entities[].transparency",
            T("By what means can its work be overseen?", "其工作可以通过哪些方式受到监督？"),
            T("Erman & Furendal (2024): the public and the authorizing entities need enough transparency to oversee a mandated entity, e.g. public reports, published decisions, audits, open meetings. 'None' says there is no means at all.",
              "Erman & Furendal（2024）：公众和授权实体需要足够的透明度来监督托管实体，例如公开报告、公布决定、审计、公开会议。选择“没有”表示没有任何监督方式。"),
            ["public-reports", "published-decisions", "audits", "open-meetings"]);

        public static readonly Question Issuer = Q("issuer",
            T("Who adopts the instrument (the issuer)?", "由谁通过该文书（发布者）？"),
            T("Erman & Furendal (2024): the issuer's class, traced through the chain, decides the mode: an authorized issuer adopts law (modes 1 and 2), a mandated one adopts policy (modes 3 and 4).",
              "Erman & Furendal（2024）：沿链条追溯出的发布者类别决定治理模式：授权实体制定法律（模式1和2），托管实体制定政策（模式3和4）。"));

        public static readonly Question Decisions = Q("decisions",
            T("Decisions the design allocates", "该设计分配的决策"),
            T("Erman & Furendal (2024): legitimacy depends on procedure as well as outcomes: who takes which decision, at what level, and what part AI plays in it. 'None' says the design allocates no decision.",
              "Erman & Furendal（2024）：合法性既取决于结果，也取决于程序：由谁作出哪项决策、处于哪个层级、AI在其中扮演什么角色。选择“没有”表示该设计不分配任何决策。"));

        public static readonly Question DecisionId = Q("decisions[].id",
            T("Decision id (e.g. adopt-rules)", "决策 id（例如 adopt-rules）"),
            T("Names the decision in the findings; unique within the proposal. Lower-case letters, digits and hyphens.",
              "在评估结果中标识该决策；在提案中唯一。使用小写字母、数字和连字符。"));

        public static readonly Question DecisionBy = Q("decisions[].by",
            T("Who takes the decision?", "由谁作出该决策？"),
            T("Erman & Furendal (2024): once a design claims public authority, every decision-maker must trace back to a public.",
              "Erman & Furendal（2024）：凡声称拥有公共权力的设计，每个决策者都须能追溯至公众。"));

        public static readonly Question DecisionLevel = Q("decisions[].level",
            T("At what level is it taken?", "该决策处于哪个层级？"),
            T("Erman & Furendal (2024): goal-setting sets the aims of AI development, lawmaking makes law, policy makes policy, implementation applies them. The public empowers authorized entities to set the goals.",
              "Erman & Furendal（2024）：goal-setting 指为AI发展设定目标，lawmaking 指立法，policy 指制定政策，implementation 指执行。公众赋予授权实体设定目标的权力。"),
            Vocabulary.DecisionLevels);

        public static readonly Question DecisionAi = Q("decisions[].ai",
            T("What part does an AI system play in it?", "AI系统在其中扮演什么角色？"),
            T("Erman & Furendal (2024): none; support for a human decision-maker who keeps the authority; or decides, where the AI system itself decides. Handing democratic decisions to AI lacks legitimacy; AI as a tool of a mandated entity is mode 5.",
              "Erman & Furendal（2024）：none 表示不使用AI；support 表示AI为保有决策权的人提供支持；decides 表示由AI系统自行决定。将民主决策外包给AI不具备合法性；托管实体将AI作为工具使用属于模式5。"),
            Vocabulary.AiRoles);

        public static IReadOnlyList<Question> All =>
        [
            Direction, Entities, EntityId, EntityKind, EntityName, AuthorizedBy, Authorization, MandatedBy, AccountableTo,
            RevocableBy, Transparency, Issuer, Decisions, DecisionId, DecisionBy, DecisionLevel, DecisionAi,
        ];
    }
}
