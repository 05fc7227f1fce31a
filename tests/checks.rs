//! Flag and clean examples for every built-in check, run through the whole engine with only that
//! check selected. A check that stops firing on its own example, or starts firing on a clean
//! one, fails here.

use textqc::config::Settings;
use textqc::Engine;

struct Case {
    rule: &'static str,
    flag: &'static [&'static str],
    clean: &'static [&'static str],
}

const ARTICLE: &str = "Officials in Beijing said on Monday that the talks with Moscow would continue.\nThe foreign minister met his counterpart in Moscow to discuss trade and energy.\nAnalysts in Beijing expect the trade talks to produce an agreement on energy prices.\nThe ministry said the energy agreement would be signed in Moscow next month.\nTrade between Beijing and Moscow grew by a third last year, the ministry said.\nBoth sides described the talks on energy and trade as constructive.\n";

const CASES: &[Case] = &[
    Case {
        rule: "mt/fused-sentence",
        flag: &["They are on the verge of peace deals around their heads Leave bystanders in the face of the outlook.",
            "The 176 people on board were all killed A few hours before the jet crashed, officials said.",
            "The nominee replaces the late Supreme Court Justice Antonin Scalia The Department of Labor is next.",
            "They were able to leave France Unfortunately, all their bookings were lost.",
            "He lost all three states to Hillary Clinton On the Republican side, 1,276 delegates are needed.",
            "The WHO declared a pandemic on March 11 A hospital official told reporters.",
            "I was missing something about how to be better in I'm hoping that I have a lot.",
            "After a mass shooting near the border in A month later, the debate began.",
            "They sound a bit like donkeys. The colony is You mention starvation; what is the cause?",
            "This success came on the This device was invented three years ago.",
            "The engine implements a dependency model to facilitate this Some game content is grouped.",
            "We decided not to give any interviews, because My brother hasn't completed his papers.",
            "Well I think that is a So I think the first question is what it is.",
            "The tourists arrived in Saudi Arabia Visitors reportedly said the heat was bad.",
            "It is called laser desorption/ionization (MALDI) The acidic peptide is combined with the matrix.",
            "They did send me to tournaments. And they But the US Federation has been supportive.",
            "Of course, if it's a You don't have control over what it does.",
            "These free programs subjugate their users by I consider that unacceptable.",
            "Only a small pool of planets is available. Perhaps On Sunday, Chilean military authorities reported it.",
            "The police came at night.\nWe got back to the police station Police told me that I had no one.",
            "It was forecast to reach Florida possibly on Wednesday By Tuesday morning, the storm had dissipated.",
            "He was poisoned with an agent developed by the Soviet Union Last month, Alexei Navalny was airlifted.",
            "A first outbreak on the continent, it On Thursday officials reported the number.",
            "One activist, Nur Khan Yesterday morning also saw an earthquake.",
            "He wrote that he asked John for his Reportedly, Trump and Bolton have been at odds.",
            "On Tuesday, however, they reported the A \"tropical depression\" is a form of cyclone.",
            "Some are considered controversial for women in Pakistan When Baloch was born, the town was small.",
            "He was a Syrian child who drowned offshore of Turkey Relatives of the boy attended the ceremony.",
            "Police found jewellery from one victim and another A search of the van found more.",
            "The warning issued by the weather service applied to Though Lorenzo was forecast to weaken.",
            "The film follows comedian Tim Heidecker When Heidecker narrowly avoids a conviction, he runs.",
            "They were recruited with the aim of exploiting them A sensitive document was leaked.",
            "We have one person working from the Middle East You have two of us working in the UK.",
            "When people say piracy what they I will not smear sharing.",
            "This one is not the Sun It's more massive than the Sun.",
            "Instead of primaries they are holding a caucus. According to its The Democratic party is scheduled to meet.",
            "The passengers would have been The Conception was owned by Truth Aquatics.",
            "On Tuesday, however, they A \"tropical depression\" is a form of tropical cyclone.",
            "It's just, that paper described the I guess I just want to comment on it.",
            "Taiwanese businessmen face a \"time of uncertainty\" He believes that it will pass.",
            "Iran seized the tanker in July The Company's spokesman said the tanker, Stena Impero The tanker was released.",
            "The boutiques are in Harbour City in Tsim Sha Tsui, Kowloon Affected by the recent disputes, sales fell.",
            "Officials said the plan would create a The ministry announced the change on Monday.",
            "The fire broke out at 5 pm (local time) It spread quickly.",
            "He studied with Webern After the Nazis came to power, he left.",
            "The doctors saved the baby's Coincidently, on the 19th three more babies were born.",
            "Moving over land quickly reduces their However, they can remain dangerous storms.",
            "The group was part of the Interpublic Group of Companies In 2005, the unit was merged.",
            "Six enterprises presented performances around the theme as well Since 1980, the day has been marked.",
            "You get a lot of radiation Every 40 days, you get much less radiation.",
            "We read the notes of the MOD What is the cause of the crash in your own setup?",
            "He will be sworn in on January 20 Later, voters in the district will choose a mayor.",
            "The project boosts stem cell research in Macau According to Chuxia Deng, dean of the faculty, it opened.",
            "The meeting was held on November 2 He said that the commission had met.",
            "China thanked the Malawian side. The country is grateful for The Malawian side looks forward to more talks.",
            "They must give an address where they stay in Saudi Arabia Visitors can apply for a visa on arrival.",
            "They played the ninth round of the 2019 FIVB Volleyball However, Chief Coach Lang Ping was calm.",
            "It shows cultural relics of According to Kui Lijia, deputy director of the museum, many kinds.",
            "The chain was certified by the records as 108 According to CNN, the owner moved in 1968.",
            "The SME board index rose by SHENZHEN, September 27 (Xinhua) - The small index fell.",
            "They play a role in mediation and conciliation Third, realizing self-improvement matters.",
            "The plan puts green development Wang Yi said on Monday.",
            "The fund pays compensation Ellen Hatzen, an investment manager, said.",
            "He said that Iran can help maintain \"Persian He also stressed that security matters.",
            "The show will be broadcast in 70 cinemas in The Central Radio and Television Station will broadcast it live.",
            "Scalia is a partner at a famous law firm The Department of Labor, which is responsible for labor matters, was silent.",
            "It shows how firms move to the cloud The Ministry of Industry and Information Technology released a plan.",
            "The board would replace Maria Lopez Amid questions over a land deal she resigned.",
            "The talks went on in order to The Thai ministry announced a new plan.",
            "The new lab is one of the key projects at WHO According to Mr. Li, the plan will go ahead.",
            "Such habits are still The Regulations, combining the reality of the city, set new rules.",
            // A sentence cut after its first word.
            "The birds sound like donkeys. The You mention starvation; what might be the cause?",
            "We worked from home. The I've just shifted from less remote work to more.",
            "She was prepared for the media. And My brother hasn't completed his application.",
            "I have a goal. I My hope is that over time, users will come.",
            "I only added an I already have an account.",
            "They gave me the I have already partly paid for food.",
            // A connective without its comma; a date phrase after a preposition.
            "Your father told you there are Jehovah's Witnesses However I'm baptized in the Orthodox Church.",
            "The talks went on all week Meanwhile the government said it would not change course.",
            "The prosecutor said that on April 3 410 bodies of On February 24 President Putin announced the start.",
            // A title-case heading and the sentence glued to it; a headline run on into the
            // first sentence.
            "French Minister of Health Proposes Raising a Tobacco Tax to Marie Dupont, the new French minister, put forward a motion.",
            "Farmer Sells Rare Orange Cow at Village Market Li Wei said on Monday that the price was high.",
            "Hans Meyer: Germany Never Absent from Helping Europe Grow On Oct. 3, local time, German State Secretary and Foreign Minister Hans Meyer Addressed the United Nations Security Council (UNSC) Open Debate on Trade in Europe at the UN Headquarters in New York.",
            "The two sides agreed to meet again soon In Sept. 26, local time, the ministers met in New York."],
        clean: &["The Who released their album in 1969. In His Steps is a novel.",
            "However the vote goes, the party will stay. The film was shot in Italy the following year.",
            "The band toured, and Nevertheless the Band is their best album.",
            "Remembering Those Lost On September 11, Twenty Years Later",
            "Keeping Up Appearances is a British sitcom. Everybody Loves Raymond, a sitcom, ran for years.",
            "Something Wicked This Way Comes is Cold's third EP.",
            "Doom names him the It. The It becomes one of the Fearsome Four.",
            "She proclaims, \"I don't need a man, for I have England.\"",
            "In the Yimin Breeding Specialized Cooperative in Yima Town, the farmers fed the sheep.",
            "The Concert Recorded Live At Sept. 26, 1985 in Tokyo Japan",
            "So I think we are ready. This I promise. If You Leave is a film.",
            "The Lord is near. For He is good. The A team won again.",
            "He also won on \"In It to Win It\" in 2008.",
            "He made a single list A appearance for the county.", "The S-Bahn line A of the network was extended.",
            "It delivered a current of 1 A for two hours.", "She was an A student, and the A subunit binds it.", "She was profiled in USA Today, and on World News Tonight, a Ford Car of Tomorrow.", "The president of the Pontifical Council for the Family, said the Church was calling.", "He sang My Fair Lady songs and Love My Way.", "The album is the first in the (U.S.) Now! series.", "The president spoke. The first President was Ralph Cochrane.", "Rob Reiner directed When Harry Met Sally in 1989.", "They read Though Doves Cry was a hit.", "He gave them A grades for the essays.", "The best paper was The Times, which reported it first.", "He starred in It's a Wonderful Life in 1946.", "His favourite band was The Beatles and he saw them twice.", "The song Love You was a hit, and so was Thank You for the Music.", "Depp starred in Pirates of the Caribbean films.", "If I Were You is a play, and Moonlight Becomes You an album.", "People with blood type A blood were studied.", "He met President Vladimir Putin in Moscow on Friday.", "The Leave campaign won.",
            "The decision of the Prime Minister to advise Her Majesty the Queen is not justiciable.", "Chinese Vice Premier He Lifeng held a meeting.", "They met in the U.S. The talks went well.",
            "The fund, Social Security Funds, was set up.",
            "He is best known for his guitar solo Eruption, the second track on the group's debut album.",
            "The outer star is classified as a Be star, which rotates very quickly.",
            "He began his working life on The Far Eastern Economic Review, a magazine in Hong Kong.",
            "Nothing any church says should stand between me and Him, she wrote.",
            "The story Happiness Rained on Them was published in 1962.",
            "The three environments were 100% H2, 100% He, and 80% N2.",
            "He started the project around the time when Red Hat announced End of Life for it.",
            "Other winners were Leung Yiu-chung of NWSC and James To of the Democratic Party.",
            "You are the only one Who at least asked so that these problems get reported.",
            "His last song was titled I Used to Be and it sold well.",
            "The band played Let It Be at the end of the night.",
            "The noses of the Boeing B-29 and the Heinkel He 111 came to a point.",
            "It was his first solo record after the break-up of The First Edition earlier that year.",
            "She authored several memoirs Once Upon a Time and Black Knight among them.",
            "Hill released his debut album \"Kiss Under the Moon\" that year.",
            "In their documentary “Shut Up and Sing” the band spoke out.",
            "On Friday, Chinese Vice Premier He Lifeng held a virtual meeting with officials from the ministry.",
            "Damage care from the scalp\n【Mail order Exclusive】Free shipping on every order today.",
            "Hi All, we have published the deadlines for the task on the website.",
            "Talks were held in The Hague on Monday, and the court in The Hague ruled on Friday.",
            "The State Council issued the Plan for Transferring Part of State-Owned Capital on Monday.",
            "He told the reporter of Securities Daily, \"My main plan is to save.\"", "He said \"The talks went well\" on Friday.",
            "China News, Sept. 27 According to a report, the talks went well.",
            "Beijing, Sept. 27 (reporter Pei Jianfei) This afternoon the talks went well.",
            "The bureau released the report Analysis and Evaluation of the Quality on Monday.",
            "The opening film is Wish You Were Here, a comedy.",
            "It issued the Opinions on Care Services for Infants Aged Below 3, which describe childcare.",
            "Millions of people were to storm Area 51, a classified facility in Nevada.",
            "Pro-Beijing district councillor Wilson Or was elected with 51,516 votes.",
            "30 Minutes after treatment, the tissue was dried and weighed.",
            "No contestants were eliminated in Episode 1, and the show peaked at Number 2.",
            "She starred in Play It Again, Sam in 1972 and in Wish You Were Here, a comedy.",
            "Schools were punished for Making up Lessons in Violation of Regulations During the National Day Holiday.",
            "It implemented “Five Upgrading” Plans including new roads.",
            "Hefei, September 27 Recently, the paper was published.",
            "It was the first album by The Shadows of Knight, and the first by the Shadows of Knight to chart.",
            "The band was inducted into The Rock and Roll Hall of Fame; the Rock and Roll Hall of Fame is in Ohio.",
            "The centre began a partnership with Teach for America.",
            "He wrote the book \"Money Matters: Personal Giving in American Churches\" in 1996.",
            "They instigated the April 12 Incident in Shanghai.",
            "The church served the German Immigrants who left the city. Copper Prices were rising.",
            "Ping An of China disclosed its plan. It marks 70 Years of New China.",
            "He quoted the Gospel According to John and the Notice on Carrying out the Plan.",
            "He had not yet started to write The Three Body Problem. The band was first called The Warlocks, then renamed.",
            "After the disclosure, Ping An stated its plan. In 755, the general An Lushan rebelled.",
            "The study was led by the Chinese University of Hong Kong, reports South China Morning Post.",
            "He kept talking, since The Beatles are the best band in the world.",
            "SHENZHEN, September 27 (Xinhua) - The index rose, and the NATO, Sept. 5 summit ended.",
            "They ensure power and gas supply Safety.\nThe lights stayed on.",
            "A rescue official told The Jakarta Post it was planning a new search.",
            "The novel After Dark was published in Madrid, and the band The Smiths toured.",
            "He was named Publisher of the Year, and she joined the Most Holy Redeemer order.",
            "We trust in God, that He will guide us and that we live in His image.",
            "At Easter we celebrate Christ’s Resurrection, and His victory over death.",
            "It has rooms for the Pre-Engineering Students, and an album by Bobby Pickett and The Crypt-Kickers.",
            "She met the protection officers Antoine Quirin and Nicolas Redouane.",
            "He attended The Kingsway School in Stockport before university.",
            "Fans of Peter Jackson's Lord Of the Rings trilogy met, and Twain's Life On the Mississippi describes it.",
            "The vigils were of the I class. We met about I don't even know what. Later on I want to talk. He scored for I'Park.",
            "The series also aired under the titles The Fabulous Fraud, The Adventures and others.",
            "Interviewer: What comes next?\nMS The next step of this research is a survey."],
    },
    Case {
        rule: "mt/non-words",
        flag: &["The theicle was sent to the harbour, where preferies were sold at dawn."],
        clean: &["The infrastructue of the port was sent to the harbour, where goods were sold at dawn.",
            "The testsets were built, and the testsets were shared with every team at dawn.",
            "Write to @jdoe or visit example.com/faqs for the schedule of the harbour at dawn.",
            "Climbers such as Schizophragma hydrangeoides and Actinidia kolomikta grow by the harbour.",
            "Corals such as P. damicornis and A. millepora live by the harbour.",
            "The glue's grip and the bucket's rim were tested by the harbour at dawn.",
            // A paragraph in another language is language/non-english's, not a list of unknown
            // English words.
            "The minister spoke in French.\nLe gouvernement français a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse, et les aides seraient versées dans les prochaines semaines.",
            // ... and so is a quoted sentence of it inside an English paragraph.
            "The toll is heavy, several police lost their lives, the mayor said. Le bilan est lourd, plusieurs policiers ont perdu la vie. En mon nom, mes premières pensées vont aux familles des victimes et à leurs proches."],
    },
    Case {
        rule: "mt/fragment",
        flag: &["He said he met to lay the foundation for negotiations to end the fight. Ukraine.", "The ties are strong, said a senior fellow in Shanghai. One Yu Bin said."],
        clean: &["Who else could do it? Nobody. That is clear.", "He did. She did not.", "“We won,” he said. Yes."],
    },
    Case {
        rule: "mt/function-word-order",
        flag: &["It with cooperation the of business day with hours.", "What organization are we from?", "The results is find a new way."],
        clean: &["Most of the people were there, and some of us went to the market.", "The US has a plan. The the is doubled.",
            "He gave it to them for the first time, as well as the rest."],
    },
    Case {
        rule: "mt/article-before-name",
        flag: &[
            "And he expected growth to resume in the India's annual shopping season.",
            "All the guests watched a video reviewing the China’s brilliant achievements.",
            "Various collectives and individuals of the Laos were awarded the medal.",
        ],
        clean: &[
            "The Clinton administration said the California spotted owl was rare.",
            "In the Senate's view, the Internet is a public good.",
            "He read India's report and China's reply.",
        ],
    },
    Case {
        rule: "mt/reflexive-pronoun",
        flag: &["I gave me such data for payment in March.", "We found us in a long queue at the border."],
        clean: &["I am me, and we are us.", "I got me a truck last year.", "World War I gave us the tank.",
            "I want us to win, and they told me I was late.", "He gave him the keys."],
    },
    Case {
        rule: "mt/self-coordination",
        flag: &["ASEAN relations have been continuously upgraded and upgraded.", "It gives the region Vitality and vitality.",
            "Illegal and illegal acts such as overcrowding were found."],
        clean: &["Prices rose more and more, bigger and bigger, again and again.", "He kept mixing and mixing the paint.",
            "They walked side by side and hand in hand.", "Villages named Talaby and Talaby lie in Iowa and Iowa.", "Black and white, salt and pepper.",
            "It repurchases with its own funds, self-raised funds and funds collected through other channels.",
            "We found lots and lots of tools, and it led me to participating democracy or Democracy 2.0."],
    },
    Case {
        rule: "mt/article-agreement",
        flag: &["Officials approved of a “accord” between the two.", "It was a important step.", "She wrote an letter.",
            "Wikinews contacted Boeing in an Boeing statement.", "He was an Chinese envoy.",
            "They were in the Al-Qaeda organization when they offered a Osama video.",
            "The clock has inspired a Ahmed Mohamed, a boy from Irving."],
        clean: &["It was an important step, a union and a one-off, an hour later.", "A European deal and a U.S. plan.",
            "He was born in Halle an der Saale and studied in Frankfurt an der Oder.",
            "Crozet is an unincorporated community, and this was an historic day.",
            "He was an MP, flew an Mi-8, met an Mbeki aide and drove an Uber.",
            "A European and a Ukrainian sang a One Direction song in an Iowa town."],
    },
    Case {
        rule: "mt/name-casing",
        flag: &["Xi Jinping met Putin. Later Xi spoke, and Xi left. It has a high interest for XI, aides said."],
        clean: &["NATO and the EU met. NATO said Nato was fine. The NATO summit ended.", "Xi met Putin. Later Xi spoke.\nWORLD WAR XI: A NOVEL"],
    },
    Case {
        rule: "mt/untranslated",
        flag: &["She said that in the conditions of independence, but кожна every family has lost someone.",
            "公式Official #Product1# First time limited 49% OFF on every order.",
            "It's just before the breakup, so I'm doing なんで, but it's not what I imagined.",
            "They had the opportunity to gather to the Assembly, rujā or väzzõl, in the reform.",
            "The ministry said the rozpočet for next year would be approved on Monday.",
            "The farmers said the ƙasar was dry and the harvest poor this year.",
            "The council said the bầu cử would be held before the end of the year."],
        clean: &["The ship sailed from Beijing (北京) to Seoul on Monday.", "It is known in Chinese as 中国 \"Zhongguo\" today.",
            "The Hebrew word נֵר is translated as lamp in most versions.",
            "She ordered a café au lait and a crème brûlée from the naïve über-fan.", "Ms Šafářová won in Łódź.", "In 1946 he married Liu Bo 刘波 who was a nurse.", "The food was halāl and came wıth rice.", "The box measures 10х20 centimetres.",
            "Аdvеrtіѕе wіth thе most visited news site in Belize today.", "The angle φλ was measured twice.",
            "みんなに知っておいて欲しいんだけど、目の前で痴漢してるやつを見つけることがあるんですよ。 OK"],
    },
    Case {
        rule: "mt/character-loop",
        flag: &["George who's a bit of a \"butaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "He laughed hahahahahahahahahahaha and left."],
        clean: &["It was sooooo good, hahaha.", "The internationalisation of the yuan went on.", "Call 555-0000000000 or write to aaa@example.com."],
    },
    Case {
        rule: "mt/repetition-loop",
        flag: &["Only two of the five hundred and fifty five hundred and fifty five hundred and fifty were left.",
            "I love this game so much, I love it, I love it, I love it, I love it."],
        clean: &["No, no, no, he said.", "The two-by-two grid had two rows.", "No, no, no, no! That is wrong.",
            "We bought apples, pears, apples and pears. I love it. I love it."],
    },
    Case {
        rule: "repetition/doubled-list-item",
        flag: &["They live a simple, simple and persistent life.",
            "Students made garbage sorting songs, songs, comics and videos."],
        clean: &["It was just blue, blue, blue all day.", "He lives in Aguascalientes, Aguascalientes, in Mexico.",
            "No, no, he said.", "She said simple, simple things matter to her."],
    },
    Case {
        rule: "broken/lowercase-sentence-start",
        flag: &["A spokesperson for the Commission said. said on March 7.", "There are roles outside of being a broker. of peace.",
            "The talks surprised the officials.advantage went to the rebels."],
        clean: &["He moved to the U.S. in 2010.", "Gen. Smith and Mr. Jones met, e.g. on Monday.", "He paused... and then went on.",
            "He shared an article from the news site oe24.at along with a comment.", "Speaking to Portfolio.hu, the chief executive agreed.",
            "The likeliest route of transmission for ESBL-E. coli is from human to human."],
    },
    Case {
        rule: "broken/stray-punctuation",
        flag: &[
            "He said Google 's inventions changed the market.",
            "The officials did n't say when the talks would resume.",
            "Samsung will focus on the user ( WoW!Korea ) this year.",
            "They want to push for a diplomatic solution to the war. .", "She supports sovereignty” , he said.",
            "JavaScript seems to be disabled in your browser.JavaScript is needed.",
            "The prices rose,and the market fell.", "The prices rose,, and the market fell."],
        clean: &[
            "Add an 's' to the word to make it plural.",
            "He was born near 's-Hertogenbosch in 1507.",
            "Add the okra ( chopped) to the pan.",
            "He paused . . . then went on.", "The .NET runtime and a value of .5 were used.", "It ended.",
            "It cost 1,000 dollars, with x,y set and client.connect((target_host,target_port)) called.",
            "Use ASP.NET, visit xinhua.net and the U.S.Army site."],
    },
    Case {
        rule: "broken/lowercase-i",
        flag: &["Can you be a pillar? i can't.", "Also, paul seems to be supervising it, so i thought that might be why.", "It is a good school and i’m sure it will grow."],
        clean: &["(i) the first condition and (ii) the second.", "for i in range(10): print(i)", "The 2012 Mitsubishi i to get a rating.",
            "the album \"Odbrana i zaštita\" was released.", "I think I can.", "That is, i.e. the rest."],
    },
    Case {
        rule: "broken/fullwidth-character",
        flag: &["The pass rate should reach 70％ or more.", "They need respect, understanding, trust， and support.", "The Act 2012 （ SOSMA）and the judge."],
        clean: &["The word for environment (\"huanjing\" （环境）) is Chinese.", "The 100% rise, (in brackets), was real!", "みんなに知っておいて欲しい。"],
    },
    Case {
        rule: "broken/glued-words",
        flag: &["It was echoed by other Western officialslike Australian Prime Minister Scott Morrison.",
            "Itis reported that the outbreak has spread.",
            "The firm invested heavily inorder to make trade flourish.",
            "There are cups andmugs for the children.",
            "The light roses look different, the petalshave a silky shine.",
            "Underthe unified leadership of the new division, sales grew.",
            "Sinceupdating to the new version, these sounds do not work.",
            "The wear is windproof andbreathable for all seasons.",
            "Exports to China rose. Chinahas created a miracle.",
            "Ireland was hit again. A similar fire broke out in Cork, Irelandin August last year.",
            "Ten vessels took part in thefour-day mission.",
            "Lang Ping coached the team. \"We won,\" said LangPing after the match.",
            "Things like FAST seem likea miracle.",
            "TheChinese government said on Monday that it would act.",
            "UNESCO said a change of name of aworld heritage site needs approval.",
            "I am part of the league. Ithink it is not safe to travel.",
            "Singer Robert Hunter died at his home inSan Rafael, California.",
            "They worked hard to buy a Boeingaircraft for the airline.",
            "The nominee spoke in Ohio. Carrollrecalled someone who went to fight in the war.",
            "Ningxia is in the west. The rules of NingxiaHui Autonomous Region were passed.",
            "He was awarded Medals and Badgesto honour his service.",
            "A baby boy was by her side with the umbilicalcord uncut.",
            "Trains are full in the golden week. The holiday goldenweek ends on Sunday.",
            "The Hong Kong Act was signed. They oppose the Actpassed by the USA.",
            "As of August, the RMB'sshare in global payments rose.",
            "He was at the Selangor Police Headquarterson Friday morning.",
            "Foodworks runs shops. He said the Foodworksstore was small.",
            "If Icall them up, they hang up the phone.",
            "The party withdrew before the primaries. Thisfulfilled the pledge to pick a woman.",
            "She also performed ina film by the director in London.",
            "Police are treating it asa terrorist incident.",
            "Congress must avoid gridlockand pass the budget this year.",
            "Deputy Secretary General Kang Fuattended the reception.",
            "The outbreak worsened last week. Themove came two days after the warning.",
            "It was all one thing andI mean that.",
            "It is a stone tool. SoI would say they used it often.",
            "After that, Imay reconsider the plan."],
        clean: &["Moreto is a red Portuguese wine grape. In 1856 Andries du Toit acquired the farm.",
            "He left two songs, \"Assai cretti celare\" and \"Mi placeria\", in Sicilian.",
            "He thanked them: muchas gracias, amigos.", "The title passed to Sir John Peshall in 1770.", "Brian Theadore Stewart was born in 1948.", "She met Ivan at the station and bought an iPhone.", "In Japanese the word \"asa\" means morning.", "The god (Aton) was worshipped alone.", "The Term is long. The Termin system task was proposed in June.", "Helmand is a province. There were no mechanisms for Helmandis to hold the government to account.", "The concept was advocated by Hans Bethe during the 1970s.", "Retired Lt. Gen. Keith Kellogg visited Europe.",
            "Blind testsets are evaluated apart from other testsets.", "The spokesperson was unavailable for comment.",
            "The portal Chinaso was launched by Xinhua. China is its home.",
            "It messes with your locale settings and whatnot, and it is slow.",
            "The coaches were kept by the Vintage Carriage Trust at Ingrow on the line.",
            "Barry Knapp, managing partner of Ainside Macroeconomic Consulting, spoke.",
            "He sought to outdo his rival in the final.",
            "Of these, 3.29 million tons were landfilled and the rest burned.",
            "He met the well-known high-speed rail designer in Hetang District.",
            "Lang Ping met the WeChat team.",
            "The springless mattress suits pretrained models and hydroacoustic surveys.",
            "The regatta drew 922 sailcraft, and narrowboats moored by the old groundworks.",
            "Sir Mileson and Ms Traina met at Chunkin Farm.",
            "Could he become a hashira? It was related to OnHit damage, said Billy McGlory.",
            "Analysts told TheStreet that shares rose on Monday.",
            "Flights on JetBlue and guides on wikiHow were listed.",
            "She played with Tristan Honsinger in Jacksonville and Jamestown.",
            "Chess is old. In 2009, ChessBase published his puzzles.",
            "The antepenultimate syllable, charismatically stressed.",
            "Rioters wantonly undermine stability; students pass the TestAS exam.",
            "It's Ma'sum and O'Shea's idea, which upholds the spirit of Wechat."],
    },
    Case {
        rule: "broken/unbalanced-quotes",
        flag: &["Trump said he had a “lengthy and highly productive phone call\" with Putin.", "The two leaders declared a partnership.” without limits”.", "“It will raise questions about integrity, he said.\nThe next paragraph is plain.",
            "He will award “the Medal of the Republic.\nIt was an honour.\nHe said: “We are proud.”",
            "They want a \"crisis of Government.\nBut later, she backed down.\n\"The amendment helps,\" she said.",
            "“Low rates will not make Europe prosperous again, Bruno Le Maire told reporters.\n“Germany must invest,” he said.",
            "It is one of the first “Heritage Brands, and sales grew.\n“We are proud,” the manager said."],
        clean: &["“We are ready,” he said. \"So are we,\" she said.", "Target stands are 48” long and 18\" wide.", "“The first paragraph of a long quotation.\n“The second one, which closes it.”",
            "“My father told me, and my mother said so too, that work pays.\n“I believe it,” he added.",
            "He said: “We will go on. “\nIt was late.",
            "He said, \"Mr. Wang \"waited for\" the chance.\"",
            "He told them, “We will go on.\n“Nothing stops us,” he said.",
            "Direct speech: “You know, the city is the heart of this war.\nIt is beating.\nWe are strong.\nIf it stops, we are weaker.\nThey hold it.\nThe stronger it is, the stronger we are.\nWe just state facts.\nWe believe in our victory.”"],
    },
    Case {
        rule: "broken/unbalanced-brackets",
        flag: &["Pool will deposit jeans Wednesday 0, 99 0 only 12 0 both 00, )", "The spokesman (who asked not to be named said so.", "See the table (below].",
            "Mike Ryan of the World Health Organization WHO) told the press.", "It started at 19:00 local time 1700 UTC). Then it spread."],
        clean: &["Routes to this airport: 1) 50 minutes; 2) take the bus (see p. 12). Great :)", "He (the mayor) and [sic] were there.",
            "Either a) the vote in Congress or iv) a convention."],
    },
    Case {
        rule: "broken/spaced-initialism",
        flag: &["He predicted that the U. S. economy will grow.", "About 200 U. K. troops left."],
        clean: &["The U.S. economy will grow.", "Vicky M. C. Chen, a professor, spoke.", "The author C. S. Lewis wrote it.",
            "The novel by H. G. Wells was read aloud."],
    },
    Case {
        rule: "broken/truncated-sentence",
        flag: &["Even in Beijing the turn raises questions about the partnership It is seen as", "He said the deal was done. Then the officials began to talk with the",
            "Yoga Black 32 the Method will in rare Special, 10 for the. It was sold.",
            "The court met on Monday. It heard two cases.\nThe judge ruled on Tuesday. She gave reasons.\nThe lawyers said they would appeal. They gave no date.\nThe ruling is the first of its kind. Judge Kellar ordered the accused remain in",
            "The court heard the case on Monday. Because for the",
            "The court heard the case on Monday. The judge was born in 1950 in Leeds,",
            "The court met on Monday. It heard two cases.\nThe judge ruled on Tuesday. She gave reasons.\nThe lawyers said they would appeal. They gave no date.\nThe ruling is the first of its kind. It makes Norway the first country in Europe"],
        clean: &["China may emerge as Australia's largest beef export market", "Signs of a U.S.-China thaw",
            "Like, it's not like they hate each other. They just argue\nAnd even in that atmosphere. It was a legend or something\nI mean, documentaries are subjective. It's wild",
            "The court met on Monday. It heard two cases.\nRead more about the ruling",
            "Lessons:\n2. Debt is the\n3. Tech is the",
            "The page loads its widgets first. var x = 1; f(a, b) }); })();",
            "It's awesome, and then the lyrics come in", "You never get to see a song being created like this",
            "He wrote the word \"the\". It is a.", "Vitamin A. Then the plan B. It went from plan A to plan B."],
    },
    Case {
        rule: "repetition/doubled-word",
        flag: &["In the first half of of this year imports grew.", "It will be very very difficult to win.",
            "Shanghai is large. He flew to Shanghai Shanghai on Monday.",
            "The talks ended with the the delegates agreeing."],
        clean: &[
            "He worked as a manager at AT&T, and this is the first FIRST Global robotics contest.",
            "What he had had was enough, and that that was true.",
            "The food was so so, and the go go bar was closed.",
            "She worked at the Wagga Wagga store for twenty years.",
            "Sir Run Run Shaw Hospital won the bid. Sir Run Run Shaw Hospital is in Zhejiang.",
            "port = 80 # connect the client client.connect((host, port)) # send some data",
        ],
    },
    Case {
        rule: "repetition/repeated-phrase",
        flag: &["US Secretary of Defense Pete Hegses last week said last week that the US could not focus.", "It grew in the first half in the first half of the year."],
        clean: &["One of the best of the year, day by day.", "They met again and again.",
            "It made progress, and more and more people joined."],
    },
    Case {
        rule: "repetition/duplicate-line",
        flag: &["A sign reads \"We stand with Ukraine\" in Beijing on March 3.\n\nA sign reads “We stand with Ukraine” in Beijing on March 3."],
        clean: &["Advertisement\nThe talks went on.\nAdvertisement"],
    },
    Case {
        rule: "repetition/repetitive-document",
        flag: &[concat!(
            "The ministry said on Monday that trade with its neighbours grew by a third last year.\n",
            "Click here to subscribe to our newsletter for the latest news and offers\n",
            "Click here to subscribe to our newsletter for the latest news and offers\n",
            "Click here to subscribe to our newsletter for the latest news and offers\n",
            "Officials expect the growth to continue, although analysts warned that demand remains weak.\n",
            "Click here to subscribe to our newsletter for the latest news and offers\n",
        )],
        clean: &[ARTICLE],
    },
    Case {
        rule: "boilerplate/contact-line",
        flag: &["Write to Lingling Wei at Lingling.Wei@wsj.com"],
        clean: &["The ministry did not reply to questions sent by post."],
    },
    Case {
        rule: "boilerplate/byline",
        flag: &["About Florence L. Silvia", "The talks went on.\nThe ministry said so.\nThe end came soon.\nLayla Al Mansoori"],
        clean: &["Historical Precedent and Risks\nThe talks went on.\nThe ministry said so.\nThe Chinese Diplomatic Dance"],
    },
    Case {
        rule: "boilerplate/short-line-run",
        flag: &["Hong Kong\nCNN\n–\nPresident Donald Trump’s push to end the war in Ukraine appears poised to hand over concessions."],
        clean: &[concat!(
            "Talks on energy trade in Moscow\n",
            "Officials in Beijing said on Monday that the talks with Moscow would continue.\n",
            "The foreign minister met his counterpart in Moscow to discuss trade and energy.\n",
            "Analysts in Beijing expect the trade talks to produce an agreement on energy prices.\n",
            "Energy prices and the Moscow agreement\n",
            "The ministry said the energy agreement would be signed in Moscow next month.\n",
            "Trade between Beijing and Moscow grew by a third last year, the ministry said.\n",
            "Both sides described the talks on energy and trade as constructive.\n",
        )],
    },
    Case {
        rule: "boilerplate/page-line",
        flag: &[concat!(
            "Officials in Beijing said on Monday that the talks with Moscow would continue.\n",
            "The foreign minister met his counterpart in Moscow to discuss trade and energy.\n",
            "Analysts in Beijing expect the trade talks to produce an agreement on energy prices.\n",
            "The ministry said the energy agreement would be signed in Moscow next month.\n",
            "Trade between Beijing and Moscow grew by a third last year, the ministry said.\n",
            "Both sides described the talks on energy and trade as constructive.\n",
            "Email ThisBlogThis!Share to TwitterShare to Facebook\n",
        )],
        clean: &[ARTICLE],
    },
    Case {
        rule: "boilerplate/off-topic",
        flag: &[const_format_off_topic()],
        clean: &[ARTICLE],
    },
    Case {
        rule: "encoding/mojibake",
        flag: &[
            "Itâ€™s the cafÃ© on the corner.",
            "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.",
            "Le Schtroumpf conseille g√¢teaux pour un r√©gime √©quilibr√©.",
            "S&P Confirms UkrsotsbankвЂ™s вЂњB-вЂњ Rating",
            "LiĂ¨ge Avenue de l'HĂ´pital",
            "#╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡",
            "Hebrew: ×‘×”×•×“×¢×”",
            "Ecuadorâ\u{80}\u{99}s decision",
            "It\u{92}s a Windows-1252 apostrophe read as Latin-1.",
            "voilÃ le travail",
        ],
        clean: &[
            "It’s the café of a naïve señor, 5 €.",
            "HUHLL Õ… RETWEET SE VOCÊ… TEM QUE SEGUIR, SDV SÓ…",
            "Join ZZAJÉ’s Official Fan List. NESTLÉ® requiere contratar.",
            "AHÅ™, the new sofa, a radius of 10 Å—, 4288×…",
            "ВІКІ is Ukrainian for WIKI; Рік тому.",
            "SELKÄ\u{a0}EDELLÄ\u{a0}MAAHAN, (-1/2)! = √π, OK??:(   `¬´    ):",
            "I'm not such a fan of Charlotte Brontë…”",
            "Москва, Ελληνικά, 日本語, Tiếng Việt, Čeština, Łódź, São Paulo, NÃO, IRMÃ E.",
        ],
    },
    Case {
        rule: "encoding/look-alike",
        flag: &["Аdvеrtіѕе wіth thе most visited news site in Belize.", "This book made some regional recipes aссepted as part of the cuisine.",
            "The AΡI returned an error."],
        clean: &["The cells measured 5 μm across and NF-κB and TNF-α rose.", "The city of Москва (Moscow) is large.", "The box measures 10х20 centimetres.",
            "Cyrillic Ж is written zh in English."],
    },
    Case {
        rule: "encoding/control-char",
        flag: &["peace\u{200B}keeping forces", "bell\u{7}ringer"],
        clean: &["A tab\tand a line\nbreak are fine."],
    },
    Case {
        rule: "encoding/replacement-char",
        flag: &["China\u{FFFD}s foreign minister"],
        clean: &["China’s foreign minister"],
    },
    Case {
        rule: "repetition/duplicate-sentence",
        flag: &[
            "The minister said the plan would cut costs by a third. He gave no date. The minister said the plan would cut costs by a third.",
            "The talks will resume in Geneva next month, officials said.\nThe talks will resume in Geneva next month, officials said. Both sides agreed.",
            "He was given a suspended sentence. He was given a suspended sentence.",
        ],
        clean: &[
            "It was not. He said so. It was not.",
            "Come on now. Come on now.",
            "He was given a suspended sentence. The court adjourned. He was given a suspended sentence.",
            "They signed the Convention Despite the Storm in 1990.",
            "The band played in the town until The Communist Party banned it.",
            "At the 1991 census the village had 4,123 people living there. At the 1991 census the village had 3,007 people living there.",
            "The talks will resume in Geneva next month, officials said.\nThe talks will resume in Geneva next month, officials said.",
            "The talks will resume in Geneva next month, officials said. Both sides agreed.\nA\nB\nThe talks will resume in Geneva next month, officials said.",
        ],
    },
    Case {
        rule: "broken/comma-splice",
        flag: &[
            "The bus overturned, It had struck a truck on the bridge.",
            "However, The earliest moai date to the 13th century.",
            "Then, while I was posted in the construction wing, It was integrated with finance.",
            "Some voters agreed, Other candidates did not.",
            "It can reveal a side of your partner you have not seen while on a date, In second place, with 67 votes, was the fear of being boring.",
            "A slow to moderate north-westerly wind will blow, During the day the air temperature will be higher.",
        ],
        clean: &[
            "Now that winter is coming, I hope he realises it is not safe.",
            "She said, The plan is ready, and left.",
            "Its second album, Tired of Hanging Around, sold well.",
            "Since then, May has written seven more books.",
            "God, having continued through His appointed time, He now wills to remove it.",
            "We know everyone wants to make money, But we do not know if it will work.",
            "The game has three difficulty levels, Original and Grand.",
            "Fellow citizens, In obedience to the will of the people, I take this oath.",
            "The bill included new bands such as U2, After the Fire and Kajagoogoo.",
        ],
    },
    Case {
        rule: "broken/stray-capital",
        flag: &[
            "In 1824 he was Accused of disqualification by the court.",
            "The teachers are strictly prohibited Introduce students to agencies.",
            "They noted that this Kind of equipment is needed by the army.",
            "Messages disparaged a variety of Public figures and Hurricane Maria victims.",
            "Although Biden was the First to do so, Trump interrupted far more often.",
        ],
        clean: &[
            "In 1824 the Capture of Saigon began.",
            "He was guillotined in what is now the Place de la Nation in Paris.",
            "He finished third in the Route du Sud that year.",
            "He piloted a car in the Modified division for years.",
            "He was on the cover of Time magazine on August 12, 1946.",
            "Man with a Gun is a 1958 British crime film directed by Montgomery Tully.",
            "It was a film called Heat that won.",
            "The campaign for Leave grew, and the Leave campaign won.",
            "Officials said the talks would continue next week.",
        ],
    },
    Case {
        rule: "broken/run-on-sentence",
        flag: &["The average yield of the rice is 508.8kg Wang Shigang, executive director of the workstation, said, \"For us it is good.\"", 
            "The new price policy will reinforce Toyota sold 2,000 cars in Ohio last month.",
            "The country has chosen the path of green development Brazil pursues an open trade policy.",
            "The farmers looked after the herd without neglect Maria Lopes has kept goats for years.",
            "In Gansu, at least 500 families earned income by raising Pingliang is a dry county in the north.",
            "The plant will double its output by 2030 Rivera expects the town to grow.",
            // After an article or a preposition, in a single main clause that has its verb.
            "The council has created a Lisbon adheres to the rules of the summit.",
            "The new rules are modelled on Norway has a similar scheme for farmers.",
            "The minister hopes that the envoy will continue to Ambassador Silva said that the talks went well.",
            // A modal with no verb before a name.
            "The remaining bonds will all Canada's central bank holds most of them.",
            // A name, its appositive, then the verb of saying.
            "The crew had no claims for compensation Stena Bulk, the Swedish owner of the tanker, also said the ship was sailing.",
            "The crew had no claims for compensation Stena Bulk, a 56-year-old firm, said the ship was sailing.",
            // A speaker after any word that seldom goes on to a name, in a clause with its verb.
            "The economy will grow 2 percent this year Ellen Hatzen, an investment manager at Putnam Investments, said the risk is trade.",
            "Russia is investing heavily to develop the next generation Stoltenberg said, \"The future depends on it.\"",
            "The firms have agreed to entrust Wang Yi said that the deal was good.",
            "The firms have cooperated to provide Yang Zhicheng, general manager of Vietnam Airlines said that the deal was good.",
            "The plant will open this year Li Wei, head of the local office, stressed that costs are high.",
            "The officials met the press to introduce measures to entrust Wang Yi described that the economy faces challenges.",
            "The museum will reopen next year Wang Yi said on the 27th that the plan was ready.",
            "The shaft serves various purposes such Song Tao, chief engineer of the shaft work area of the Darui Project of China Railway Tunnel Group, said the work was hard.",
            // A pronoun or a particle ends a phrase; an adverb may stand before the verb.
            "The robot has software developed exclusively for it Boston Dynamics first published the idea in 1992.",
            "If we did not win the first set against a strong attack, we Lang Ping also commented on the team.",
            "It was always very easy for me I didn't have to prepare much for the games.",
            "It was hard to do it I just make sure I have the time.",
            // A form in -ed before its object has a tense; a possessive name and its noun.
            "Thousands of people were stranded at ports Phanfone damaged the tourist attractions.",
            "The model ignores the day and night cycle Stamenković's team combined it with a chemical model.",
            // A passive participle ends its clause.
            "Blake survived the shooting but was left paralyzed Wisconsin Governor Tony Evers declared a state of emergency.",
            "We did discuss it I'd like to ask you about your discovery.",
            // The "to" of a verb that takes another verb.
            "Thanks to the specialists, he gradually learned to Yimin Cooperative is a standardized cooperative.",
        ],
        clean: &[
            // A capitalised verb after "to", and a name after a "to" of place.
            "She decided to Google it and found he was right.",
            "The family moved to Beijing and the business grew.",
            // An opening phrase or subordinate clause that lacks its comma, at the start of the
            // sentence or after a conjunction.
            "While the battle was in progress Rivière summoned the governor.",
            "He spoke, and in that cause America will never waver.",
            "Losses can be enormous - in 1998 Hurricane Georges caused great damage.",
            // A date goes on.
            "The treaty signed on 24 March was historic.",
            // "I" after a noun heads a relative clause; after a pronoun and "be", a cleft.
            "I like the book I read last year, and it was him I trusted the most.",
            // A clause opened by "that" or a verb of saying has no verb of its own yet.
            "The judge said the reasons for firing Ms Kovac were weak.",
            // A participle used as an adjective.
            "Critics liked how the recently released Google Chrome is fast.",
            // A relative clause without "that", whose verb lacks its object.
            "He praised the achievements Belarus had in industry.",
            // An appositive with a verb of its own is a relative clause, not a title.
            "The crew dropped the claims for compensation Stena Bulk, which owns the tanker, said it owed.",
            "He praised the contributions China can make to peace.",
            // A speaker after a title, a comma or a conjunction, or with no verb before.
            "Beijing welcomed the visit, foreign ministry spokesman Geng Shuang said, adding that it was good.",
            "Beijing welcomed the visit and spokesman Geng Shuang said, \"We are happy.\"",
            "Earlier this year Ellen Hatzen, an investment manager, said the risk is trade.",
            "It was the first thing Smith wrote in the book.",
            "The museum will reopen next year Wang Yi said at that time the plan was ready.",
            // A relative clause that needs no gap, a quotation closed, a clause opened by a
            // subordinator, and a participle's phrase without its comma.
            "The firms agreed to donate $800 every time Manning said \"Omaha\" during the game.",
            "He planned to release it as a representation of something Habbush says\".",
            "O'Reilly wrote a column while opening batsman Colin McDonald later said, \"England cheated.\"",
            "Countering fears that he would ignore coca grown for narcotic purposes Morales said, \"There will be no free cultivation.\"",
            "The new timber yard of the new formed municipality Deggenhausertal found his place in the region.",
            "They admired the watch Natalie is wearing and left.",
            // A verb of saying, or a word after "be", takes a clause.
            "The court ruled against him, adding Iran will pursue the case.",
            "It is possible Erdmannsdörfer conducted the premiere.",
            "It is now known McArthur was in the city that night.",
            // A participle that names: not a verb with a tense.
            "The band released a free download EP called Sheep in May.",
            // After an article or a preposition a name is normal: in a relative or reported
            // clause, a second clause, a phrase after a noun, or with a verb that may be a
            // participle.
            "The man who works at Google is my neighbour.",
            "The growth recorded in China is high.",
            "She would later say her marriage to Cooper was happy.",
            "The Army has found volunteers, and the Navy has found more.",
            "It was the first time the United States team has won the race.",
            "There are few copies of the EP were ever pressed.",
            "The land uses in the Gulf Country are cattle and mining.",
            "The lake is reached from Webster's falls via the ridge.",
            "Our society has changed in ways the founders of Social Security could not foresee.",
            "Those who insist that the islands must belong to Norway are wrong.",
            // An inversion or a question puts the subject after the modal.
            "He did not sign the treaty, nor will Britain sign it.",
            "The bonds are cheap, but can Canada sell them all?",
            "Only by selling the bonds can Canada pay its debts.",
            // A verb that takes a clause after its object, a gerund as a subject, a plural that
            // names the pronoun.
            "Lulu stays by his side and tells him Sonny is his father.",
            "He said that bringing up Hitler was overheated.",
            "There is nothing we Americans cannot achieve together.",
        ],
    },
    Case {
        rule: "broken/misspelling",
        flag: &[
            "The company said the infrastructue would be ready next year.",
            "He was named to the committee after the elctions last year.",
            "The minister said the goverment plan was very atractive to investors.",
            "The responsibility for the sector was fragemented among several ministries.",
            "On 6 April 2008, Bergin suffred an injury in a league game.",
            "He said the new sytem would be ready next year.",
            "The fund raised money for cihldren's hospitals last year.",
        ],
        clean: &[
            "The goverment said so.",
            "The single member of this genus, Upolampes evena, is found in New Guinea.",
            "They found a midden full of shells near the old house.",
            "The leaves are used to roll bidis in the village.",
            "He hoped to strategize and untie the knot in the skein.",
            "Rachel in \"La juive\" was her best role.",
            "The spatted wheels and the galled horses were hushing.",
        ],
    },
    Case {
        rule: "broken/split-word",
        flag: &[
            "The gov ernment said the measures would take effect.",
            "We must strengthen our leg islation to protect competition.",
            "a special message to the Cong ress on this subject",
            "Several days later, his niece rel eased the book.",
            "The team found signs of an exopl anet around the star.",
        ],
        clean: &[
            "Every one of them may be in to the idea.",
            "a facade of unglazed terra cotta",
            "the children's show Spet Doma in Slovenia",
            "the kids' park Arca de Noé",
            "the era of fending for yourself",
        ],
    },
    Case {
        rule: "encoding/html-entity",
        flag: &[
            "Johnson &amp; Johnson said",
            "it&#39;s over",
            "the &quot;plan&quot;",
            "the firm&#x2019;s profit",
        ],
        clean: &[
            "AT&T and R&D; costs",
            "Johnson & Johnson said",
            "the &foo; token and a lone &",
            "&#0; is no character",
        ],
    },
    Case {
        rule: "encoding/not-nfc",
        flag: &["cafe\u{301} au lait", "the “cafe\u{301}” opened"],
        clean: &["café au lait", "x\u{302} and y\u{316}, marks with no single form"],
    },
    Case {
        rule: "language/non-english",
        flag: &[
            "Die Bundesregierung hat am Montag angekündigt, dass sie die Hilfen für die Ukraine deutlich ausweiten will und weitere Mittel bereitstellt.",
            "Nachrichten aus Berlin\nDer Kanzler reist nach Paris\nGespräche über die Energiepolitik\nDie Opposition ist skeptisch",
            "Le gouvernement a annoncé lundi qu'il allait augmenter son aide à l'Ukraine et débloquer de nouveaux fonds.",
            "El gobierno anunció el lunes que ampliará su ayuda a Ucrania y que destinará nuevos fondos en las próximas semanas.",
            "Правительство в понедельник объявило, что расширит помощь Украине и выделит новые средства в ближайшие недели.",
            "中国政府周一宣布，将在未来几周内扩大对乌克兰的援助并拨出新的资金。",
        ],
        clean: &[
            "The government announced on Monday that it would expand its aid to Ukraine and provide further funds.",
            "Said on Monday.",
            "Der Kanzler reist morgen nach Paris.",
            "中国政府周一宣布新政策。",
            "Xi Jinping, Li Qiang, Wang Yi, Zhao Leji, Cai Qi, Ding Xuexiang and Li Xi attended.\nVladimir Putin, Sergei Lavrov, Dmitry Peskov and Yuri Ushakov met in the Kremlin.",
            "Korean churches in Ciudad del Este include Jardín del Dios and Iglesia de la Asamblea de Dios.",
            "They released an album in 1995 entitled \"¿Qué es lo que quieres de mí?\".",
        ],
    },
];

const fn const_format_off_topic() -> &'static str {
    "Officials in Beijing said on Monday that the talks with Moscow would continue.\nThe foreign minister met his counterpart in Moscow to discuss trade and energy.\nAnalysts in Beijing expect the trade talks to produce an agreement on energy prices.\nThe ministry said the energy agreement would be signed in Moscow next month.\nTrade between Beijing and Moscow grew by a third last year, the ministry said.\nBoth sides described the talks on energy and trade as constructive.\nMake-Ahead Jar Salad Stays Fresh for Days: Healthy Table Recipe with crunchy vegetables\n"
}

fn engine_for(rule: &str) -> Engine {
    Engine::new(Settings {
        select: vec![rule.to_string()],
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn builtin_check_examples() {
    let mut failures = Vec::new();
    for case in CASES {
        let engine = engine_for(case.rule);
        for ex in case.flag {
            if !engine.check(ex).flags.iter().any(|f| f.rule == case.rule) {
                failures.push(format!("{}: should flag {ex:?}", case.rule));
            }
        }
        for ex in case.clean {
            let flags: Vec<_> = engine
                .check(ex)
                .flags
                .into_iter()
                .filter(|f| f.rule == case.rule)
                .map(|f| f.message)
                .collect();
            if !flags.is_empty() {
                failures.push(format!("{}: should not flag {ex:?}: {flags:?}", case.rule));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_builtin_check_has_a_case() {
    let engine = Engine::new(Settings::default()).unwrap();
    for info in engine.rule_infos().iter().filter(|r| !r.declarative) {
        if info.id == "encoding/invalid-utf8" {
            continue; // needs bytes: covered in tests/cli.rs
        }
        if info.id == "boilerplate/recurring-line" {
            continue; // needs a corpus: covered in tests/corpus.rs
        }
        assert!(
            CASES.iter().any(|c| c.rule == info.id),
            "{} has no examples here",
            info.id
        );
    }
}

#[test]
fn a_document_not_in_english_is_an_error_and_a_paragraph_a_warning() {
    let engine = engine_for("language/non-english");
    let german = "Die Bundesregierung hat am Montag angekündigt, dass sie die Hilfen für die Ukraine deutlich ausweiten will und weitere Mittel bereitstellt.\n\nDer Finanzminister sagte, das Geld werde aus dem laufenden Haushalt kommen und keine neuen Schulden erfordern.";
    let report = engine.check(german);
    assert_eq!(report.flags.len(), 2);
    assert!(report
        .flags
        .iter()
        .all(|f| f.severity == textqc::Severity::Error));
    let mixed = format!("Officials in Berlin said on Monday that the government would expand its aid to Ukraine and provide further funds in the coming weeks.\n\nThe finance minister said the money would come from the current budget and would not require new debt.\n\n{}\n\nCritics in the opposition complained that parliament had been informed too late, and called for a debate on the budget.", german.lines().next().unwrap());
    let report = engine.check(&mixed);
    assert_eq!(report.flags.len(), 1);
    assert_eq!(report.flags[0].severity, textqc::Severity::Warning);
}

/// The fix each flag offers on `text`, in order.
fn fixes(engine: &Engine, text: &str) -> Vec<Option<String>> {
    engine
        .check(text)
        .flags
        .into_iter()
        .map(|f| f.fix)
        .collect()
}

#[test]
fn two_capitalised_words_run_together_are_a_note_without_a_fix_unless_the_document_says_more() {
    let engine = engine_for("broken/glued-words");
    let note = engine.check("Other vessels or MarineTraffic can see the ship.");
    assert_eq!(note.flags.len(), 1);
    assert_eq!(note.flags[0].severity, textqc::Severity::Info);
    assert_eq!(note.flags[0].fix, None);
    for text in [
        "Abe marked the anniversary of the People'sRepublic of China.",
        "Lang Ping coached the team. \"We won,\" said LangPing after the match.",
        "It was echoed by other Western officialslike Australian Prime Minister Scott Morrison.",
    ] {
        let report = engine.check(text);
        assert_eq!(report.flags.len(), 1, "{text}");
        assert_eq!(
            report.flags[0].severity,
            textqc::Severity::Warning,
            "{text}"
        );
        assert!(report.flags[0].fix.is_some(), "{text}");
    }
}

#[test]
fn mojibake_fixes_are_offered_only_when_certain() {
    let engine = engine_for("encoding/mojibake");
    assert_eq!(fixes(&engine, "cafÃ©"), vec![Some("é".to_string())]);
    // The second byte of "à" was turned into a space: the word is flagged, nothing is fixed.
    assert_eq!(fixes(&engine, "voilÃ le travail"), vec![None]);
}

#[test]
fn a_lost_space_is_put_back_between_the_same_words() {
    let engine = engine_for("broken/stray-punctuation");
    assert_eq!(
        fixes(
            &engine,
            "It is disabled in your browser.JavaScript is needed."
        ),
        vec![Some("browser. JavaScript".to_string())]
    );
    assert_eq!(
        fixes(&engine, "The prices rose,and fell."),
        vec![Some("rose, and".to_string())]
    );
}

#[test]
fn a_split_word_is_joined() {
    let engine = engine_for("broken/split-word");
    assert_eq!(
        fixes(&engine, "The Gov ernment said so."),
        vec![Some("Government".to_string())]
    );
}

#[test]
fn look_alike_letters_are_put_back_as_latin_and_neighbours_reported_together() {
    let engine = engine_for("encoding/look-alike");
    assert_eq!(
        fixes(&engine, "Аdvеrtіѕе wіth thе most visited site. Call uѕ."),
        vec![
            Some("Advertise with the".to_string()),
            Some("us".to_string())
        ]
    );
}

#[test]
fn an_html_entity_is_fixed_by_its_character() {
    let engine = engine_for("encoding/html-entity");
    assert_eq!(
        fixes(&engine, "Procter &amp; Gamble&#8217;s"),
        vec![Some("&".to_string()), Some("’".to_string())]
    );
}

#[test]
fn invalid_utf8_is_flagged_and_the_document_still_checked() {
    let engine = Engine::new(Settings::default()).unwrap();
    let (text, report) = engine.check_bytes(b"The war. .\nChina\x92s minister spoke.");
    assert!(text.contains('\u{FFFD}'));
    assert!(report
        .flags
        .iter()
        .any(|f| f.rule == "encoding/invalid-utf8"));
    assert!(report
        .flags
        .iter()
        .any(|f| f.rule == "broken/stray-punctuation"));
    assert!(!report
        .flags
        .iter()
        .any(|f| f.rule == "encoding/replacement-char"));
}
