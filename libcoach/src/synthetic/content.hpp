#pragma once
// Template pools for the synthetic practice. Every person, organization and story here is
// invented. The pools are organised around coaching *themes*: each theme pairs an outer
// challenge (goals, actions, a habit, a competency) with the inner work that usually sits
// under it (a limiting belief and its reframe, a fear, a value), so that the generator can
// link them the way a coach would.

#include <array>
#include <string_view>

#include "libcoach/model/habit.hpp"
#include "libcoach/model/inner_work.hpp"

namespace libcoach::synthetic {

using namespace std::string_view_literals;

struct GoalTemplate {
  std::string_view title;
  std::string_view description;
  std::string_view metric;
  std::string_view unit;
  double baseline;
  double target;
  std::string_view milestone;
};

struct Theme {
  std::string_view category;    ///< Belief category: the theme's name in aggregates.
  std::string_view competency;  ///< Skill practised and rated over time.
  std::array<GoalTemplate, 3> goals;
  std::string_view belief;   ///< The limiting belief under the goals.
  std::string_view reframe;  ///< The story the client may arrive at instead.
  std::string_view fear;
  std::string_view value;  ///< A value at stake; one of kValues.
  std::array<std::string_view, 8> actions;
  std::string_view habit;
  Cadence cadence;
  std::string_view insight;
  std::array<std::string_view, 3> topics;  ///< What a session on this theme worked on.
  std::string_view process_note;           ///< The coach's private hypothesis.
  std::string_view journal;                ///< A client journal entry.
};

inline constexpr std::array<Theme, 10> kThemes{{
    {"control",
     "delegation",
     {{{"Delegate two decisions a week",
        "Hand decisions that do not need me to the people closest to the work, and stay out of "
        "them once they are handed over.",
        "decisions delegated per week", "decisions", 0, 2,
        "Team lead owns supplier decisions end to end"},
       {"Stop reviewing routine reports before they go out",
        "Let the team send routine reports without my sign-off and review a sample once a month "
        "instead.",
        "routine reports I reviewed per week", "reports", 6, 1,
        "A month of reports sent without my review"},
       {"Let the team lead run the weekly planning meeting",
        "Move from chairing planning to attending it, and then to reading the summary.",
        "planning meetings run by the team lead per month", "meetings", 0, 4,
        "Planning runs for a month without me in the room"}}},
     "If I don't check everything, it will fail.",
     "Checking everything keeps my team small. Trusting them is how the work gets done well, and "
     "how they grow.",
     "Being seen as incompetent if something slips through.",
     "excellence",
     {"List the decisions only I can make", "Agree decision rights with the team lead",
      "Skip the Friday report review and note what happens",
      "Ask 'what would you do?' before answering a question", "Hand over the supplier relationship",
      "Replace ad-hoc checks with one weekly check-in",
      "Tell the team which decisions are now theirs",
      "Write down every time I re-do someone's work this week"},
     "Ask 'what do you propose?' before giving an answer",
     Cadence::weekdays,
     "I check most when I'm anxious about how my own boss sees me, not when the work is at risk.",
     {"Worked on which decisions could move to the team this month and what 'good enough' looks "
      "like for each.",
      "Explored what happened when the report went out unchecked: nothing broke, but the anxiety "
      "was loud.",
      "Looked at the cost of checking: evenings, the team's confidence, and time for strategy."},
     "Control rises when pressure comes from above. Hypothesis: checking soothes anxiety rather "
     "than protecting quality. Next time explore what the checking protects.",
     "Didn't check the report today. Felt itchy all afternoon, but nothing broke. Noticing how "
     "much of my day is managing my own nerves."},
    {"self-worth",
     "prioritisation",
     {{{"Leave work by 18:00 four days a week",
        "Protect evenings for family and rest without making up for it late at night.",
        "days per week leaving by 18:00", "days", 1, 4, "Four weeks in a row of leaving on time"},
       {"Take a proper lunch break three days a week",
        "Step away from the desk for at least thirty minutes, without the phone.",
        "lunch breaks taken per week", "breaks", 0, 3, "A full month of protected lunch breaks"},
       {"No work e-mail after 20:00",
        "Close the inbox in the evening and let anything urgent come by phone.",
        "evenings per week with e-mail after 20:00", "evenings", 5, 0,
        "A holiday without checking e-mail"}}},
     "My worth is what I produce.",
     "I am more than my output. Rest is part of doing good work, not a reward for it.",
     "Being seen as less committed than my peers.",
     "family",
     {"Put 18:00 in the calendar as a fixed appointment",
      "Tell the team about the new evening boundary",
      "Turn off mail notifications on the phone after 20:00",
      "Plan one evening activity with the family each week",
      "Write down what did not get done and notice the consequences",
      "Decline one meeting that does not need me", "Block lunch in the calendar",
      "Agree with my manager what 'urgent' means"},
     "Laptop closed by 18:00",
     Cadence::weekdays,
     "When I stay late it is rarely the work that needs me; it's my fear of looking lazy.",
     {"Explored the guilt that shows up at 18:00 and where the rule 'work until it is done' came "
      "from.",
      "Reviewed the week against the boundary: three evenings kept, one lost to a late request.",
      "Worked on how to say no to late requests without apologising for it."},
     "Strong link between rest and guilt; weekends are described as 'catching up'. Watch for "
     "over-functioning in sessions too: brings long lists and apologises for rest.",
     "Left at six. Sat in the car for ten minutes feeling guilty, then played football with the "
     "kids. Nobody e-mailed."},
    {"approval",
     "giving feedback",
     {{{"Give specific feedback in every one-to-one",
        "Name one thing that worked and one thing to change, with an example, in each "
        "one-to-one.",
        "one-to-ones with specific feedback", "%", 20, 90,
        "Team survey says feedback is clear and useful"},
       {"Hold the overdue conversation about missed deadlines",
        "Raise the pattern of missed deadlines with the project lead directly, early and kindly.",
        "difficult conversations held this quarter", "conversations", 0, 3,
        "First difficult conversation held"},
       {"Ask for feedback on my own leadership every month",
        "Invite the team to tell me one thing to keep and one thing to change.",
        "feedback requests made per month", "requests", 0, 2,
        "First round of upward feedback discussed with the team"}}},
     "If I say what I really think, people will stop liking me.",
     "Clear feedback is a form of respect; people can handle more honesty than I assume.",
     "Conflict damaging my relationships at work.",
     "honesty",
     {"Prepare one piece of feedback using situation, behaviour, impact",
      "Ask a peer for feedback on how I run meetings",
      "Schedule the conversation with the project lead",
      "Write down the feedback I avoided this week",
      "Rehearse the hard conversation in the next session",
      "Ask the team how they prefer to receive feedback",
      "Give one piece of positive feedback every day",
      "Follow up on last month's feedback conversation"},
     "Note one piece of feedback given",
     Cadence::weekdays,
     "Avoiding the conversation protects me, not them.",
     {"Rehearsed the conversation with the project lead; the first version softened the message "
      "until it disappeared.",
      "Explored what 'being liked' gives the client and what it costs the team.",
      "Debriefed the first direct conversation: shaky voice, good outcome, a lot of relief."},
     "Client softens every message until it vanishes. Notice my own pull to reassure in session; "
     "stay with the discomfort instead of rescuing.",
     "Said it. My voice shook a little, but she thanked me. Why did I wait three months?"},
    {"identity",
     "strategic thinking",
     {{{"Block four hours a week for strategic work",
        "Protect time to think about where the team should be in three years.",
        "protected strategic hours per week", "hours", 0, 4,
        "Eight weeks of protected strategy time"},
       {"Draft the three-year team strategy",
        "Write the strategy with the team rather than for it, one section at a time.",
        "strategy sections drafted", "sections", 0, 5, "Strategy draft shared with leadership"},
       {"Hand operational escalations to a deputy",
        "Name a deputy for day-to-day escalations so that I can step back from firefighting.",
        "escalations I handled personally per week", "escalations", 10, 3,
        "Deputy handles escalations for a full month"}}},
     "If I'm not firefighting, I'm not needed.",
     "My value is in seeing further, not in putting out every fire.",
     "Becoming irrelevant if I step back from operations.",
     "growth",
     {"Move the Tuesday morning block out of reach of meeting invites",
      "Name a deputy for operational escalations",
      "Read two industry reports and summarise what they mean for us",
      "Sketch three possible futures for the team", "Share the draft strategy with two peers",
      "Cancel one recurring status meeting", "Ask my director what she needs from me in a year",
      "Hold a strategy workshop with the team"},
     "Keep the Tuesday strategy block",
     Cadence::weekly,
     "The fires feel urgent because they are easy; strategy feels hard because nobody thanks me "
     "for it yet.",
     {"Looked at a typical week: almost all of it reactive. Explored what the client would do with "
      "four free hours.",
      "Worked on the first draft of the strategy and who should shape it.",
      "Explored the identity of 'the one who fixes things' and what a new identity could be."},
     "Client fills silences with updates. Energy rises when talking about the future and drops "
     "with operations. Use that contrast.",
     "Kept the strategy block. Spent the first hour wanting to check messages. The second hour I "
     "actually thought."},
    {"belonging",
     "executive presence",
     {{{"Speak up in every leadership meeting",
        "Make at least one contribution in each leadership meeting, early rather than at the end.",
        "leadership meetings where I contributed", "%", 25, 100,
        "Contributed in six leadership meetings in a row"},
       {"Present the team's results to the board",
        "Present our results myself instead of sending them through my director.",
        "board presentations given", "presentations", 0, 1, "Board presentation delivered"},
       {"Put myself forward for the regional lead role",
        "Apply for the regional role and prepare for the conversation with confidence.",
        "preparation steps completed", "steps", 0, 5, "Application submitted"}}},
     "I don't belong in that room.",
     "I was invited because my perspective is needed; my silence costs the room something.",
     "Being exposed as not good enough.",
     "courage",
     {"Prepare one point to make before each leadership meeting",
      "Ask the chair for an agenda slot", "Record a practice run of the board presentation",
      "List the evidence of what I delivered this year",
      "Speak in the first ten minutes of the meeting", "Ask a trusted peer what they see in me",
      "Update my CV with outcomes, not tasks", "Talk to my director about the regional role"},
     "Write down one thing I did well today",
     Cadence::daily,
     "The people in that room are guessing too.",
     {"Explored the story 'they will find out' and the evidence for and against it.",
      "Prepared the board presentation: the opening minute, and what to do with a hard question.",
      "Debriefed the leadership meeting where the client spoke first."},
     "Impostor pattern strong: every success is put down to luck. Careful not to over-affirm; "
     "invite the client's own evidence instead.",
     "Spoke first today. Heart racing. The finance director picked up my point later and credited "
     "me. Writing this down so I remember."},
    {"perfectionism",
     "pragmatic decision-making",
     {{{"Share drafts at 80% instead of polishing",
        "Share early versions for input instead of polishing alone until the deadline.",
        "drafts shared early per month", "drafts", 0, 4, "First proposal shared as a rough draft"},
       {"Halve the time spent on slide decks",
        "Agree what a deck needs to do before starting, and stop when it does it.",
        "hours per slide deck", "hours", 10, 5, "A month of decks under five hours"},
       {"Make one decision a week with incomplete information",
        "Decide with the information available when waiting costs more than being wrong.",
        "decisions made without waiting for more data per week", "decisions", 0, 1,
        "A quarter of weekly decisions made on time"}}},
     "Anything less than perfect is failure.",
     "Good enough, shared early, beats perfect, shared late; mistakes are how the team learns.",
     "Making a visible mistake.",
     "learning",
     {"Send the next proposal as a rough draft", "Set a timer for deck work",
      "Ask the team which details actually matter to them",
      "Note one mistake and what it taught me", "Agree 'done' criteria before starting",
      "Share an unfinished idea in the team meeting", "Decide on the vendor shortlist by Friday",
      "Ask my manager what level of polish she needs"},
     "Stop work on a task when the timer ends",
     Cadence::weekdays,
     "Polishing is how I avoid being judged; the judgement comes anyway, just later.",
     {"Explored what 'finished' means and who the polish is really for.",
      "Worked on a decision the client has postponed for a month: what is the cost of waiting?",
      "Debriefed sending a rough draft: three useful ideas came back within an hour."},
     "Perfectionism echoes a demanding-parent story. Stay in coaching territory and check for "
     "anxiety beyond work.",
     "Sent the draft with typos in it. Got three good ideas back within an hour. Still cringing at "
     "the typos."},
    {"self-reliance",
     "resilience",
     {{{"Bring weekly stress down from 8 to 5",
        "Lower my own weekly stress rating through rest, support and fewer late nights.",
        "self-rated stress (0-10)", "points", 8, 5, "Stress at 6 or below for a month"},
       {"Ask for help before I'm overloaded",
        "Ask for support when a workload turns amber, not when it is already on fire.",
        "times I asked for support this month", "requests", 0, 4,
        "Workload plan agreed with my manager"},
       {"Take all of my annual leave this year",
        "Plan and take my leave in full, with real handovers.", "leave days taken", "days", 0, 25,
        "A week off with no calls"}}},
     "Asking for help is a sign of weakness.",
     "Asking for help is how strong teams work; it gives others a chance to contribute.",
     "Burning out before anyone notices.",
     "health",
     {"Tell my manager which project is at risk", "Book the annual health check",
      "Ask a colleague to cover the Thursday review", "Try box breathing before the first meeting",
      "Map where my energy goes in a typical week", "Plan a proper week off",
      "Agree a handover plan for my leave", "Say out loud when my workload turns amber"},
     "Ten minutes of breathing before the first meeting",
     Cadence::daily,
     "I wait until I'm drowning before I shout, and then I shout at the wrong people.",
     {"Mapped energy across a typical week; Thursdays are the breaking point.",
      "Explored the belief that asking for help is weakness, and where it was learned.",
      "Reviewed the first week with a breathing practice and what changed."},
     "Signs of exhaustion: sleep, irritability. Keep an eye on the well-being ratings; if low mood "
     "persists, talk about support beyond coaching.",
     "Asked a colleague to take the Thursday review. Yes in two seconds. I'd been dreading that "
     "ask for a week."},
    {"change",
     "networking",
     {{{"Decide on my next career step by the end of the year",
        "Explore options with people who have made similar moves, then decide.",
        "career conversations held", "conversations", 0, 6, "Shortlist of two directions"},
       {"Build a network outside my company",
        "Meet people in fields I'm curious about, one conversation at a time.",
        "new professional contacts met", "contacts", 0, 8, "Ten new contacts met"},
       {"Finish the facilitation course",
        "Complete the evening course to test whether teaching is the direction I want.",
        "course modules completed", "modules", 0, 6, "Facilitated a first workshop"}}},
     "It's too late for me to change direction.",
     "Twenty years of experience is a foundation to build on, not a cage.",
     "Giving up security and regretting it.",
     "autonomy",
     {"Write down three possible next roles",
      "Arrange coffee with two people in roles I'm curious about",
      "Talk to my partner about what a change would mean for us",
      "List what I want to keep from my current role", "Try a small side project for a month",
      "Sign up for the facilitation course", "Ask a former colleague how she changed careers",
      "Work out the financial runway for a change"},
     "Thirty minutes on career exploration",
     Cadence::weekly,
     "What I miss is not a job title but the feeling of building something.",
     {"Explored three possible futures and the energy each one brings.",
      "Worked with the fear of losing security: what is the real risk, and what is the story?",
      "Reviewed two career conversations and what they changed."},
     "Client oscillates between excitement and fear. Purpose work opened something; follow the "
     "energy around teaching.",
     "Coffee with someone who changed careers at 45. Walked home feeling lighter than I have in "
     "months."},
    {"competence",
     "active listening",
     {{{"Ask before advising in team discussions",
        "Ask at least one open question before offering a view or a solution.",
        "discussions where I asked first", "%", 10, 70,
        "Team retrospective names listening as a strength"},
       {"Let others speak first in meetings",
        "Hold my view until others have spoken in planning and review meetings.",
        "meetings per week where I spoke last", "meetings", 0, 3,
        "Four weeks of speaking last in planning"},
       {"Coach the two new team leads instead of solving for them",
        "Use coaching questions in one-to-ones with the new team leads.",
        "one-to-ones run as coaching conversations per month", "conversations", 0, 6,
        "Both team leads bring their own solutions"}}},
     "A leader must always have the answer.",
     "My job is to make sure the team finds good answers, not to have them all myself.",
     "Looking weak in front of my team.",
     "respect",
     {"Count how often I interrupt in one meeting",
      "Ask three open questions before proposing anything",
      "Ask the team for feedback on how I run meetings", "Summarise what I heard before responding",
      "Let the newest team member open the next discussion",
      "Notice the urge to fix and wait five seconds", "Read a short book on coaching conversations",
      "Ask each team lead what they need from me"},
     "Ask one open question before giving advice",
     Cadence::weekdays,
     "When I give the answer, I take away their chance to own it.",
     {"Reflected back how quickly the client offers solutions, in session too.",
      "Practised open questions for the next one-to-one with a team lead.",
      "Explored the belief that a leader must have every answer, and what it costs the team."},
     "Client talks at speed and finishes my sentences. Reflect this back gently; it is probably "
     "what the team experiences.",
     "Waited. Counted to five. The newest person on the team came up with a better idea than "
     "mine. A bit humbling, a bit wonderful."},
    {"harmony",
     "stakeholder management",
     {{{"Say no to requests outside the team's priorities",
        "Decline or redirect requests that do not fit the agreed priorities, with a reason.",
        "out-of-scope requests declined or redirected per month", "requests", 0, 4,
        "Priorities page published for stakeholders"},
       {"Agree quarterly priorities with the three key stakeholders",
        "Meet each key stakeholder and agree what matters most this quarter.",
        "stakeholders with agreed priorities", "stakeholders", 0, 3,
        "All three stakeholders signed up to the plan"},
       {"Cut my meeting load to 20 hours a week",
        "Leave or delegate meetings where I am not needed.", "hours in meetings per week", "hours",
        32, 20, "A month under 25 meeting hours"}}},
     "If I say no, I'll be seen as difficult.",
     "A clear no protects the yes that matters; people trust limits they understand.",
     "Being left out of important decisions.",
     "fairness",
     {"Write the team's priorities on one page", "Practise a 'no, and here is why' script",
      "Book priority meetings with the three stakeholders",
      "Redirect one request to the right team this week",
      "Review my calendar and leave two recurring meetings",
      "Ask my director to back the priorities in public",
      "Send a delegate to the weekly steering meeting", "Note every yes I regretted this week"},
     "Check new requests against the priorities page",
     Cadence::weekdays,
     "I say yes to protect relationships and then resent the people I said yes to.",
     {"Worked on a script for declining requests without apologising.",
      "Explored who the client fears disappointing most, and why.",
      "Mapped stakeholders by influence and by how often they get a yes."},
     "Harmony at all costs; the client's anger leaks out as sarcasm about colleagues. Explore "
     "what a boundary would make possible.",
     "Said no to the marketing request. He was fine with it. I spent two hours preparing for a "
     "fight that never came."},
}};

struct ValueTemplate {
  std::string_view name;
  std::string_view meaning;
};
inline constexpr std::array<ValueTemplate, 20> kValues{{
    {"integrity", "Doing what I said I would, even when nobody is watching."},
    {"family", "Being present for the people at home, not just providing for them."},
    {"growth", "Learning something every year that changes how I work."},
    {"honesty", "Saying what I see, kindly and clearly."},
    {"courage", "Acting even when I'm not sure I'll be good at it."},
    {"excellence", "Doing work I'm proud of, without needing it to be perfect."},
    {"health", "Keeping the energy for what I care about, for decades, not quarters."},
    {"autonomy", "Choosing how I spend my time and my attention."},
    {"respect", "Treating every person as capable of finding their own answers."},
    {"fairness", "Making decisions I could explain to anyone they affect."},
    {"curiosity", "Asking one more question before I decide."},
    {"service", "Making things better for the people who rely on us."},
    {"connection", "Real relationships at work, not just transactions."},
    {"creativity", "Making something that did not exist before."},
    {"security", "A stable base for my family, so that risks are choices, not threats."},
    {"learning", "Being a beginner on purpose."},
    {"humour", "Keeping some lightness, especially when things are hard."},
    {"loyalty", "Standing by people when it is inconvenient."},
    {"balance", "A life where work is one important part, not the whole."},
    {"generosity", "Sharing credit, time and knowledge freely."},
}};

struct BeliefTemplate {
  std::string_view statement;
  std::string_view category;
};
inline constexpr std::array<BeliefTemplate, 6> kEmpoweringBeliefs{{
    {"I learn fast when I let myself be a beginner.", "growth"},
    {"People trust me when I am straightforward.", "trust"},
    {"I have handled harder things than this.", "resilience"},
    {"My team is more capable than I give them credit for.", "trust"},
    {"I can change how I work at any age.", "growth"},
    {"Saying what I need makes relationships stronger.", "connection"},
}};

inline constexpr std::array<std::string_view, 6> kGeneralFears{
    "Disappointing the people who believed in me.",
    "Being replaceable.",
    "Failing in public.",
    "Losing the respect of my team.",
    "Letting my family down.",
    "Finding out I chose the wrong career.",
};

struct PurposeTemplate {
  std::string_view statement;
  std::string_view formative_experience;
};
inline constexpr std::array<PurposeTemplate, 6> kPurposes{{
    {"To build teams where people grow faster than they thought they could.",
     "My first manager gave me a project far beyond my experience and stayed close enough to "
     "catch me. I want to be that for others."},
    {"To make complicated things simple enough for anyone to act on.",
     "Growing up, I translated official letters for my parents. I learned how much power sits in "
     "a clear explanation."},
    {"To lead in a way that lets people go home on time and still be proud of their work.",
     "I watched my father work himself ill for a company that forgot him within a year of his "
     "leaving."},
    {"To be the person who says the true thing in the room, kindly.",
     "A project I worked on failed because everyone saw the problem and nobody named it, "
     "including me."},
    {"To use what I know to open doors for people who started where I did.",
     "I was the first in my family to go to university, and a teacher stayed late for weeks to "
     "help me with the application."},
    {"To create work that still matters in ten years.",
     "Clearing out my grandmother's house, I found the chairs she made. They were the only things "
     "of hers everyone wanted to keep."},
}};

struct ReflectionTemplate {
  ReflectionPractice practice;
  std::string_view text;
};
inline constexpr std::array<ReflectionTemplate, 12> kReflections{{
    {ReflectionPractice::meditation,
     "Ten minutes of sitting. The mind went straight to the budget meeting, again and again. Each "
     "time I came back to the breath it was a little easier. The worry is mostly a rehearsal of a "
     "conversation that has not happened."},
    {ReflectionPractice::meditation,
     "Morning meditation before anyone was up. Noticed how quickly I start planning the day in my "
     "head. Let the plans come and go. Started work calmer than usual."},
    {ReflectionPractice::breathing,
     "Box breathing before the board call: four in, hold four, out four, hold four. My shoulders "
     "dropped. I spoke slower than usual and nobody thought that was odd."},
    {ReflectionPractice::breathing,
     "Three long breaths before opening the inbox. It sounds silly, but it changed the order in "
     "which I answered things: important first, loud second."},
    {ReflectionPractice::reflecting,
     "Looking back at the week, the best moments were the ones where I asked instead of told. The "
     "worst were when I was tired and took over. Energy is the lever."},
    {ReflectionPractice::reflecting,
     "Reviewed the month against my values. Family got the leftovers again. Not a crisis, but a "
     "pattern worth naming before it becomes one."},
    {ReflectionPractice::journaling,
     "Wrote three pages without stopping. What came out was not about work at all: I miss making "
     "things with my hands. Maybe some of the frustration at work is about that."},
    {ReflectionPractice::journaling,
     "Journal prompt: what would I do if I were not afraid? First answer came fast and surprised "
     "me. Keeping it here until I'm ready to say it out loud."},
    {ReflectionPractice::walking,
     "Walked home instead of taking the train. Forty minutes without the phone. By the bridge I "
     "knew what I wanted to say to the team, which I had not known all day."},
    {ReflectionPractice::walking,
     "Lunchtime walk around the park. Noticed I was composing e-mails in my head for the first "
     "ten minutes. The last ten I just walked."},
    {ReflectionPractice::sitting_with_feelings,
     "Sat with the disappointment about the promotion instead of filling the evening. It felt "
     "like heaviness in the chest, then something closer to relief. Maybe I wanted to be asked "
     "more than I wanted the job."},
    {ReflectionPractice::sitting_with_feelings,
     "Let myself feel the anger after the restructuring meeting instead of pushing on. Under the "
     "anger was fear for my team. That is easier to talk about."},
}};

inline constexpr std::array<std::string_view, 6> kGeneralInsights{
    "My standards for others are far more generous than my standards for myself.",
    "When I feel rushed I stop listening. The rush is mostly mine.",
    "The team copies how I handle pressure more than anything I tell them.",
    "Rest is not something I earn; it is what lets me do the work.",
    "I prepare for the worst version of every conversation and then have the ordinary one.",
    "What I call being reliable is sometimes just being unable to say no.",
};

inline constexpr std::array<std::string_view, 6> kSessionOpenings{
    "Client arrived energised after a good week.",
    "Client came in tired and a little flat.",
    "Client opened with frustration about the reorganisation.",
    "Client was reflective and quieter than usual.",
    "Client was keen to report progress on last session's actions.",
    "Client was distracted by a deadline and took a few minutes to settle.",
};

inline constexpr std::array<std::string_view, 6> kSessionTechniques{
    "We used the iceberg: the visible behaviour on top, the belief underneath.",
    "Scaling question: where are you today from 0 to 10, and what would one point higher look "
    "like?",
    "Explored what the resistance is protecting.",
    "Reviewed last session's actions: most done, one stuck, and why it stuck.",
    "Short body scan to notice where the tension sits before talking about it.",
    "Looked at the same situation from the team's point of view.",
};

inline constexpr std::array<std::string_view, 5> kProcessReactions{
    "Own reaction: felt the pull to rescue; noted it and stayed curious.",
    "Supervision question: am I colluding with the busyness story?",
    "Own reaction: some impatience in the second half; check my own energy before next time.",
    "Noticed I talked more than usual. Ask more, tell less next time.",
    "Good contracting at the start kept the session focused; keep doing that.",
};

inline constexpr std::array<std::string_view, 5> kJournalExtras{
    "Hard day. Writing this mostly to get it out of my head.",
    "Haven't told anyone this yet, but I've been thinking about leaving.",
    "Slept badly again. The same conversation on repeat.",
    "A good day. I want to remember what made it good.",
    "Not sure I'll bring this to the next session. Maybe.",
};

inline constexpr std::array<std::string_view, 6> kOperationalNotes{
    "Invoice for the first block of sessions sent to the sponsor's accounts team.",
    "Client asked to move sessions to mornings from next month.",
    "Meeting room booked for the in-person session.",
    "Purchase order renewed for the second half of the engagement.",
    "Coach on leave for two weeks; sessions moved accordingly.",
    "Calendar invitations re-sent after the client's e-mail address changed.",
};

inline constexpr std::array<std::string_view, 3> kSponsorNotes{
    "Three-way review with the sponsor: objectives reconfirmed, attendance on track, next review "
    "at the end of the quarter. No session content discussed.",
    "Mid-point review with the manager and HR: the agreed objectives still fit; the client will "
    "share progress on the shared goal directly.",
    "Closing three-way meeting scheduled; the client will present what changed in their own "
    "words.",
};

inline constexpr std::array<std::string_view, 3> kGeneralActions{
    "Complete the values card sort before the next session",
    "Send the coach the 360 feedback results",
    "Fill in the pre-session reflection form",
};

inline constexpr std::string_view kSponsoredTerms =
    "Session content stays between coach and client. The sponsor receives session dates and "
    "attendance and, with the client's consent, progress on shared objectives. Confidentiality "
    "may be broken only where the law requires it, for illegal activity, or when someone is in "
    "imminent danger.";
inline constexpr std::string_view kPrivateTerms =
    "Everything discussed stays between coach and client. Confidentiality may be broken only "
    "where the law requires it, for illegal activity, or when someone is in imminent danger. "
    "Notes are kept for two years after the engagement ends.";

struct ReferralTemplate {
  std::string_view reason;
  std::string_view referred_to;
};
inline constexpr std::array<ReferralTemplate, 3> kReferrals{{
    {"Persistent low mood and disrupted sleep over several months; beyond the scope of coaching.",
     "Dr. Elise Marchetti, clinical psychologist"},
    {"Anxiety affecting daily life and past experiences the client wants to work through in "
     "therapy.",
     "Harbourside Counselling Service"},
    {"Signs of burnout with physical symptoms; the client agreed to see a specialist alongside "
     "coaching.",
     "Dr. Tomas Veld, psychotherapist"},
}};

inline constexpr std::string_view kReferralNote =
    "Talked about the difference between coaching and therapy. Client agreed that the low mood "
    "needs a therapist's support; coaching continues on the work goals for now. Check in on "
    "well-being at the start of every session.";
inline constexpr std::string_view kHandoverNote =
    "First session after the handover. Agreed with the client which earlier notes and goals to "
    "carry over; the rest stays with the previous coach. Re-contracted on confidentiality.";

inline constexpr std::array<std::string_view, 64> kFirstNames{
    "Ada",    "Mateo",   "Priya",  "Jonas",  "Amara",  "Liam",    "Sofia",   "Kenji",
    "Fatima", "Lucas",   "Ingrid", "Tomasz", "Mei",    "Diego",   "Aisha",   "Henrik",
    "Chloe",  "Ravi",    "Elena",  "Kwame",  "Hannah", "Yusuf",   "Marta",   "Oskar",
    "Leila",  "Samuel",  "Nadia",  "Theo",   "Zara",   "Felix",   "Camille", "Arjun",
    "Grace",  "Emil",    "Noor",   "Daniel", "Astrid", "Kofi",    "Lucia",   "Malik",
    "Freya",  "Hiroshi", "Isabel", "Omar",   "Clara",  "Ibrahim", "Maya",    "Pablo",
    "Sienna", "Tariq",   "Alma",   "Viktor", "Rosa",   "Jun",     "José",    "Søren",
    "Keira",  "Dmitri",  "Ayla",   "Rafael", "Zoë",    "Sami",    "Elif",    "Marcus",
};
inline constexpr std::array<std::string_view, 64> kLastNames{
    "Okafor",    "Lindqvist", "Moreau",   "Nakamura",  "Mensah",    "Castillo",  "Novak",
    "Haddad",    "Brennan",   "Kowalski", "Adeyemi",   "Fischer",   "Ramirez",   "Sato",
    "Osei",      "Larsen",    "Chen",     "Duarte",    "Petrov",    "O'Neill",   "Bianchi",
    "Eriksen",   "Kaur",      "Vasquez",  "Okonkwo",   "Hughes",    "Tanaka",    "Silva",
    "Johansson", "Abbasi",    "Murphy",   "Rossi",     "Nguyen",    "Becker",    "Ansah",
    "Fernandes", "Holm",      "Ibekwe",   "Kovács",    "Muñoz",     "Mwangi",    "Nielsen",
    "Ortega",    "Park",      "Quinn",    "Reyes",     "Schmidt",   "Takahashi", "Usman",
    "Varga",     "Walsh",     "Yılmaz",   "Zhang",     "Andersson", "Boateng",   "Costa",
    "Dubois",    "Evans",     "Farah",    "Gallagher", "Hashemi",   "Iversen",   "Jensen",
    "Kim",
};

// Organization names are "<prefix> <industry>"; 40 x 30 distinct combinations.
inline constexpr std::array<std::string_view, 40> kOrgPrefixes{
    "Northwind", "Bluefield",  "Harbor & Pine", "Meridian",   "Copperleaf",   "Stonebridge",
    "Lumen",     "Riverside",  "Kestrel",       "Oakline",    "Brightwater",  "Summit",
    "Greyhawk",  "Willowmere", "Tidewater",     "Cobalt",     "Amberfield",   "Silverline",
    "Redwood",   "Foxglove",   "Ashgrove",      "Blackthorn", "Clearwater",   "Dunmore",
    "Elmstead",  "Fairhaven",  "Glenrock",      "Hollybank",  "Ironvale",     "Juniper Hill",
    "Kingsmere", "Larkspur",   "Millbrook",     "Newhaven",   "Orchard Lane", "Pinecrest",
    "Quayside",  "Rosewell",   "Saltmarsh",     "Thornbury",
};
inline constexpr std::array<std::string_view, 30> kOrgIndustries{
    "Ventures",    "Logistics",     "Consulting",     "Health Partners",
    "Software",    "Manufacturing", "Financial",      "Education Trust",
    "Energy",      "Retail",        "Foods",          "Analytics",
    "Engineering", "Housing",       "Shipping",       "Systems",
    "Insurance",   "Media",         "Civic Services", "Pharma",
    "Architects",  "Robotics",      "Hotels",         "Telecom",
    "Biotech",     "Publishing",    "Utilities",      "Aerospace",
    "Labs",        "Capital",
};

}  // namespace libcoach::synthetic
