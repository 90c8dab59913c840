/**
 * The search regression table: what worried people actually type into the
 * handbook's search box in the moment, in their own words (slang, typos,
 * half sentences, whole questions), not the handbook's, and the page that
 * must come up for it: first, or in the top three, both in the header's
 * search dialog and on the search page.
 */
export type Place = 'first' | 'top three';
export interface ReaderQuery {
  query: string;
  /** The page's path, as its result links it. */
  expected: string;
  place: Place;
}
export const readerQueries: readonly ReaderQuery[] = [
  // Danger: weapons, violence, threats and feeling unsafe always lead to the safety path
  { query: 'weapon', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'he has a knife', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'police', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: "customer said he'd come back with a gun", expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'customer tried to hit me', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'customer spit on me', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'customer threw something at me', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'customer leaning over the counter getting in my face', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: "guy is blocking the door and won't let me leave", expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'someone followed me to my car after my shift', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'caller says he knows where I live', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: "I don't feel safe at the front desk", expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: '911', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'guy wont leave', expected: '/situations/you-feel-unsafe/', place: 'first' },

  // Drunk, high, or not making sense
  { query: 'customer is drunk', expected: '/situations/impaired-customer/', place: 'top three' },
  { query: 'customer is high on something', expected: '/situations/impaired-customer/', place: 'top three' },
  { query: 'drunk guy at the counter', expected: '/situations/impaired-customer/', place: 'first' },
  { query: 'customer slurring and can barely stand', expected: '/situations/impaired-customer/', place: 'first' },
  { query: 'customer is hysterical and not making sense', expected: '/situations/impaired-customer/', place: 'top three' },

  // Angry customers, shouting, and things heating up
  { query: 'angery customer', expected: '/situations/angry-customer/', place: 'first' },
  { query: 'custmer is yelling', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'customer blew up at me for no reason', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'customer is threatening me', expected: '/situations/its-escalating/', place: 'top three' },
  { query: "it's getting out of hand", expected: '/situations/its-escalating/', place: 'top three' },
  { query: 'customer causing a scene in the waiting room', expected: '/situations/its-escalating/', place: 'top three' },

  // Rude, insulting or pushy customers
  { query: 'what do i say when a customer is rude', expected: '/situations/rude-or-abusive-customer/', place: 'first' },
  { query: 'customer swearing at me', expected: '/situations/rude-or-abusive-customer/', place: 'top three' },
  { query: 'customer keeps calling me names', expected: '/situations/rude-or-abusive-customer/', place: 'top three' },
  { query: 'customer said something racist to me', expected: '/situations/rude-or-abusive-customer/', place: 'top three' },
  { query: 'customer is being pushy', expected: '/situations/bullying-customer/', place: 'top three' },
  { query: 'customer trying to intimidate me into giving in', expected: '/situations/bullying-customer/', place: 'top three' },
  { query: 'customer being so condescending', expected: '/tools/transactional-analysis/', place: 'top three' },

  // On the phone
  { query: 'yelling on the phone', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'calm down an angry caller', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'can I hang up on a rude caller', expected: '/situations/rude-or-abusive-customer/', place: 'top three' },
  { query: 'how do I sound friendly on the phone', expected: '/tips/smile-in-your-voice/', place: 'top three' },
  { query: 'caller going on and on about ten different problems', expected: '/tips/break-up-a-long-complaint/', place: 'top three' },
  { query: 'awkward silence while I look up their account', expected: '/situations/on-the-phone/', place: 'top three' },
  { query: "so noisy I can't hear the caller", expected: '/tips/noisy-environment/', place: 'top three' },

  // At the front desk or counter
  { query: 'should I come out from behind the counter', expected: '/situations/face-to-face/', place: 'top three' },
  { query: 'woman yelling at the returns desk with a line behind her', expected: '/scenarios/returns-counter/', place: 'top three' },

  // Chat and email
  { query: 'customer sent a really nasty email', expected: '/situations/rude-or-abusive-customer/', place: 'top three' },
  { query: 'angry customer in chat typing in all caps', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'how do I reply to a complaint email', expected: '/tips/complaints-are-a-gift/', place: 'top three' },
  { query: 'customer sending me threatening messages', expected: '/situations/you-feel-unsafe/', place: 'first' },
  { query: 'best way to wrap up a chat', expected: '/situations/after-its-resolved/', place: 'top three' },

  // Bills and charges
  { query: 'caller is really angry about a bill', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'customer got charged twice', expected: '/case-studies/theresa-and-frank/', place: 'top three' },
  { query: 'customer wants me to waive the late fee', expected: '/tips/policies-and-boundaries/', place: 'top three' },

  // Late, lost or wrong deliveries
  { query: 'package says delivered but customer says it never came', expected: '/tips/reasons-before-disagreeing/', place: 'top three' },
  { query: "order still hasn't shown up and they want to know who screwed up", expected: '/situations/customer-wants-accountability/', place: 'top three' },
  { query: 'should I warn customers their orders will be late', expected: '/tips/give-a-heads-up/', place: 'top three' },
  { query: 'customer got the wrong item again and is calling us idiots', expected: '/case-studies/eddie-and-daniel/', place: 'top three' },

  // Refunds and returns
  { query: 'refund refused what do i say', expected: '/situations/the-answer-is-no/', place: 'top three' },
  { query: 'refund outside our policy', expected: '/tips/policies-and-boundaries/', place: 'top three' },
  { query: 'can I make an exception just this once', expected: '/tips/policies-and-boundaries/', place: 'top three' },
  { query: "what to say instead of it's our policy", expected: '/tips/its-our-policy/', place: 'first' },

  // Saying no, discounts and freebies
  { query: "customer won't take no for an answer", expected: '/situations/the-answer-is-no/', place: 'top three' },
  { query: 'how do I say no nicely', expected: '/situations/the-answer-is-no/', place: 'top three' },
  { query: 'customer wants a discount', expected: '/situations/the-answer-is-no/', place: 'top three' },
  { query: 'customer haggling over the price', expected: '/scenarios/haggling-customer/', place: 'top three' },
  { query: 'customer wants a free month to make up for it', expected: '/situations/never-satisfied-customer/', place: 'top three' },

  // Bookings and appointments: missed, double-booked, cancelled
  { query: "patient's appointment isn't in the system", expected: '/scenarios/front-desk-wait/', place: 'top three' },
  { query: 'we double booked and I have to tell one of them to reschedule', expected: '/situations/the-answer-is-no/', place: 'top three' },
  { query: 'doctor cancelled last minute and the patient is taking it out on me', expected: '/situations/not-your-fault/', place: 'top three' },

  // Waiting times
  { query: 'customer has been waiting forever and is losing it', expected: '/situations/angry-customer/', place: 'top three' },
  { query: 'caller was on hold for an hour before they got to me', expected: '/situations/customer-needs-to-vent/', place: 'top three' },

  // Managers and supervisors
  { query: 'they want to speak to my manager', expected: '/tips/exhaust-your-options-first/', place: 'top three' },
  { query: 'customer wants to talk to a supervisor', expected: '/tips/exhaust-your-options-first/', place: 'top three' },
  { query: 'customer demanding to talk to the CEO', expected: '/tips/exhaust-your-options-first/', place: 'top three' },
  { query: 'how do I pass a customer to my lead without it sounding like I gave up', expected: '/tools/restrain-redirect-recuse/', place: 'top three' },

  // Blame and fault
  { query: 'not my fault', expected: '/situations/not-your-fault/', place: 'top three' },
  { query: 'customer wants someone fired', expected: '/situations/customer-wants-accountability/', place: 'top three' },
  { query: 'coworker messed up and customer blames me', expected: '/tips/dont-throw-a-coworker-under-the-bus/', place: 'top three' },

  // Lying or dishonest customers
  { query: 'customer is lying', expected: '/tips/reasons-before-disagreeing/', place: 'top three' },
  { query: 'customer making stuff up to get a refund', expected: '/situations/the-answer-is-no/', place: 'top three' },
  { query: 'customer says another rep promised them a credit', expected: '/situations/not-your-fault/', place: 'top three' },

  // Crying, venting and talking on and on
  { query: 'crying', expected: '/situations/customer-needs-to-vent/', place: 'top three' },
  { query: 'customer just wants to vent', expected: '/situations/customer-needs-to-vent/', place: 'top three' },
  { query: "customer won't stop talking", expected: '/tips/ask-to-interrupt-a-rambler/', place: 'top three' },

  // Never satisfied, and the yes that isn't
  { query: 'nothing makes them happy', expected: '/situations/never-satisfied-customer/', place: 'top three' },
  { query: 'customer said yes but seems unhappy', expected: '/tips/yes-but-not-really/', place: 'top three' },

  // Language and culture barriers
  { query: "can't understand their accent", expected: '/situations/another-culture-or-language/', place: 'top three' },
  { query: "customer doesn't speak english well", expected: '/situations/another-culture-or-language/', place: 'top three' },
  { query: 'customer only speaks spanish', expected: '/situations/another-culture-or-language/', place: 'first' },
  { query: "customer from another country is offended and I don't know why", expected: '/situations/another-culture-or-language/', place: 'top three' },

  // After it's sorted out
  { query: 'following up after a complaint', expected: '/tools/following-up/', place: 'top three' },

  // Your own feelings: temper, tears, burnout, dread
  { query: "I'm so stressed out", expected: '/situations/your-own-stress/', place: 'top three' },
  { query: "I'm about to lose my temper", expected: '/situations/your-own-stress/', place: 'top three' },
  { query: 'I snapped at a customer', expected: '/situations/your-own-stress/', place: 'top three' },
  { query: 'burnout', expected: '/situations/your-own-stress/', place: 'top three' },
  { query: 'cried in the bathroom after a horrible call', expected: '/situations/your-own-stress/', place: 'top three' },
  { query: 'I dread going to work', expected: '/situations/your-own-stress/', place: 'top three' },
  { query: 'dreading calling back the customer who yelled at me yesterday', expected: '/situations/your-own-stress/', place: 'top three' },
  { query: 'nobody appreciates anything I do here', expected: '/tools/understanding-emotions/', place: 'top three' },
  { query: 'should I take a break after a bad call', expected: '/tips/time-out-with-a-plan/', place: 'top three' },
  { query: 'too tired to deal with customers', expected: '/tips/fatigue-and-sleep/', place: 'top three' },
  { query: "can't sleep, keep thinking about work", expected: '/tips/fatigue-and-sleep/', place: 'top three' },

  // Co-workers and the boss
  { query: 'difficult coworker', expected: '/tips/meet-a-coworker-halfway/', place: 'top three' },
  { query: 'my boss is always on my back', expected: '/tips/demanding-supervisor/', place: 'top three' },
  { query: 'boss dumped another project on me', expected: '/tips/demanding-supervisor/', place: 'top three' },
];
