#include "route/decide.h"

#include <gtest/gtest.h>

#include "route/loop_speed.h"

namespace pytier::route {
namespace {

Finding at(Signal s, int line = 1) { return {s, line, "detail"}; }

int counted(const Decision& d) {
  int n = 0;
  for (const Reason& r : d.reasons) n += r.counted;
  return n;
}

TEST(Decide, NothingFoundRunsLight) {
  Decision d = decide({}, Policy{});
  EXPECT_FALSE(d.refused);
  EXPECT_EQ(d.tier, Tier::Light);
  ASSERT_EQ(d.reasons.size(), 1u);
  EXPECT_EQ(d.reasons[0].kind, "policy");
}

TEST(Decide, EveryNeedForFullRunsFull) {
  for (Signal s : {Signal::Import, Signal::CExtension, Signal::OsAccess}) {
    Decision d = decide({at(s, 4)}, Policy{});
    EXPECT_EQ(d.tier, Tier::Full) << signal_name(s);
    ASSERT_EQ(d.reasons.size(), 1u);
    EXPECT_TRUE(d.reasons[0].counted);
    EXPECT_EQ(d.reasons[0].line, 4);
  }
}

TEST(Decide, SoftSignalsPreferFull) {
  for (Signal s : {Signal::ExceptionText, Signal::DynamicCode, Signal::Unanalyzed})
    EXPECT_EQ(decide({at(s)}, Policy{}).tier, Tier::Full) << signal_name(s);
}

TEST(Decide, HotLoopsCountOnlyWhileLightIsMeasurablySlower) {
  for (Signal s : {Signal::PureLoop, Signal::DynamicLoop}) {
    const LoopSpeed* speed = loop_speed(s);
    ASSERT_NE(speed, nullptr);
    Tier expected = light_measurably_slower(*speed) ? Tier::Full : Tier::Light;
    EXPECT_EQ(decide({at(s)}, Policy{}).tier, expected) << signal_name(s);
  }
  EXPECT_TRUE(light_measurably_slower(LoopSpeed{Signal::PureLoop, "", 0, ""}));
  EXPECT_TRUE(light_measurably_slower(LoopSpeed{Signal::PureLoop, "", 1.3, ""}));
  EXPECT_FALSE(light_measurably_slower(LoopSpeed{Signal::PureLoop, "", 1.04, ""}));
  EXPECT_FALSE(light_measurably_slower(LoopSpeed{Signal::PureLoop, "", 0.6, ""}));
}

TEST(Decide, PreferLightOverrulesSoftSignalsOnly) {
  Policy p;
  p.prefer = Prefer::Light;
  Decision soft = decide({at(Signal::ExceptionText)}, p);
  EXPECT_EQ(soft.tier, Tier::Light);
  EXPECT_EQ(counted(soft), 1);  // the policy itself
  EXPECT_EQ(decide({at(Signal::ExceptionText), at(Signal::CExtension)}, p).tier, Tier::Full);
}

TEST(Decide, PreferFullWins) {
  Policy p;
  p.prefer = Prefer::Full;
  Decision d = decide({}, p);
  EXPECT_EQ(d.tier, Tier::Full);
  EXPECT_EQ(d.reasons[0].text, "--prefer full");
}

TEST(Decide, RequirePortableRunsLightOrRefuses) {
  Policy p;
  p.require_portable = true;
  Decision soft = decide({at(Signal::DynamicCode)}, p);
  EXPECT_FALSE(soft.refused);
  EXPECT_EQ(soft.tier, Tier::Light);
  Decision hard = decide({at(Signal::DynamicCode), at(Signal::CExtension, 7)}, p);
  EXPECT_TRUE(hard.refused);
  EXPECT_NE(hard.refusal.find("--require portable"), std::string::npos);
  EXPECT_EQ(counted(hard), 1);
}

TEST(Decide, SandboxRefusesOsAccess) {
  Policy p;
  p.sandbox = true;
  Decision d = decide({at(Signal::Import, 1), at(Signal::OsAccess, 1)}, p);
  EXPECT_TRUE(d.refused);
  EXPECT_NE(d.refusal.find("--sandbox"), std::string::npos);
  EXPECT_FALSE(decide({at(Signal::Import)}, p).refused);
}

TEST(Decide, WithoutFullTierAutoMeansLight) {
  Policy p;
  p.full_available = false;
  Decision d = decide({at(Signal::CExtension), at(Signal::ExceptionText)}, p);
  EXPECT_FALSE(d.refused);
  EXPECT_EQ(d.tier, Tier::Light);
  EXPECT_EQ(counted(d), 1);
}

}  // namespace
}  // namespace pytier::route
