#include "route/decide.h"

#include <cstdio>

#include "route/loop_speed.h"

namespace pytier::route {
namespace {

// How strongly a finding pulls towards the Full tier.
enum class Pull : uint8_t {
  None,    // nothing: e.g. a loop the Light tier runs as fast as CPython
  Prefer,  // Full is safer or faster, Light may still run it
  Need,    // Light cannot run it
};

struct Weighed {
  const Finding* finding;
  Pull pull;
  std::string note;  // why the pull is what it is, when not obvious
};

Weighed weigh(const Finding& f) {
  switch (f.signal) {
    case Signal::Import:
    case Signal::CExtension:
    case Signal::OsAccess: return {&f, Pull::Need, ""};
    case Signal::ExceptionText: return {&f, Pull::Prefer, ""};
    case Signal::DynamicCode:
    case Signal::Unanalyzed: return {&f, Pull::Prefer, "the Full tier has the widest coverage"};
    case Signal::PureLoop:
    case Signal::DynamicLoop: {
      const LoopSpeed* speed = loop_speed(f.signal);
      std::string on = " on " + std::string(speed->workload);
      if (speed->light_over_cpython == 0)
        return {&f, Pull::Prefer, "the Light tier's speed" + on + " is not measured yet, so it counts as slower"};
      char ratio[32];
      std::snprintf(ratio, sizeof ratio, "%.2fx", speed->light_over_cpython);
      if (light_measurably_slower(*speed))
        return {&f, Pull::Prefer, "the Light tier takes " + std::string(ratio) + " CPython's time" + on};
      return {&f, Pull::None, "the Light tier is as fast as CPython" + on};
    }
  }
  return {&f, Pull::None, ""};
}

Reason reason(const Weighed& w, bool counted) {
  std::string text = w.finding->detail;
  if (!w.note.empty()) text += " (" + w.note + ")";
  return {signal_name(w.finding->signal), w.finding->line, std::move(text), counted};
}

Reason policy_reason(std::string text) { return {"policy", 0, std::move(text), true}; }

}  // namespace

const char* tier_name(Tier t) { return t == Tier::Light ? "light" : "full"; }

Decision decide(const Findings& findings, const Policy& policy) {
  std::vector<Weighed> weighed;
  Pull strongest = Pull::None;
  bool os_access = false;
  for (const Finding& f : findings) {
    weighed.push_back(weigh(f));
    if (weighed.back().pull > strongest) strongest = weighed.back().pull;
    os_access |= f.signal == Signal::OsAccess;
  }

  Decision d;
  auto list = [&](auto counts) {
    for (const Weighed& w : weighed) d.reasons.push_back(reason(w, counts(w)));
  };

  if (policy.sandbox && os_access) {
    d.refused = true;
    d.refusal = "the program reaches files, processes or the network, which --sandbox forbids";
    list([](const Weighed& w) { return w.finding->signal == Signal::OsAccess; });
    return d;
  }
  if (!policy.full_available) {
    d.tier = Tier::Light;
    d.reasons.push_back(policy_reason("this build has no Full tier: auto means Light"));
    list([](const Weighed&) { return false; });
    return d;
  }
  if (policy.require_portable) {
    d.tier = Tier::Light;
    if (strongest == Pull::Need) {
      d.refused = true;
      d.refusal = "the program needs the Full tier, but --require portable allows only the Light tier";
      list([](const Weighed& w) { return w.pull == Pull::Need; });
      return d;
    }
    d.reasons.push_back(policy_reason("--require portable: the Light tier only"));
    list([](const Weighed&) { return false; });
    return d;
  }
  if (policy.prefer == Prefer::Full) {
    d.tier = Tier::Full;
    d.reasons.push_back(policy_reason("--prefer full"));
    list([](const Weighed& w) { return w.pull != Pull::None; });
    return d;
  }
  if (strongest == Pull::Need || (strongest == Pull::Prefer && policy.prefer != Prefer::Light)) {
    d.tier = Tier::Full;
    list([](const Weighed& w) { return w.pull != Pull::None; });
    return d;
  }
  d.tier = Tier::Light;
  if (policy.prefer == Prefer::Light) {
    d.reasons.push_back(policy_reason("--prefer light"));
  } else {
    d.reasons.push_back(
        policy_reason("nothing calls for the Full tier: the Light tier starts faster and runs everywhere"));
  }
  list([](const Weighed&) { return false; });
  return d;
}

}  // namespace pytier::route
