// Rule ids as constants, for code that names a rule: the generator, outputs,
// a vendor's own tests. Each is defined beside the rule's check in lib/rules/,
// the one place its id is written; `introcheck rules` lists what they mean.
#pragma once

#include <string_view>

namespace introcheck::rule_ids {

extern const std::string_view IC001;
extern const std::string_view IC002;
extern const std::string_view IC003;
extern const std::string_view IC004;
extern const std::string_view IC005;
extern const std::string_view IC006;
extern const std::string_view IC007;
extern const std::string_view IC008;
extern const std::string_view IC009;
extern const std::string_view IC010;
extern const std::string_view IC011;
extern const std::string_view IC012;
extern const std::string_view IC013;
extern const std::string_view IC014;
extern const std::string_view IC015;
extern const std::string_view IC101;
extern const std::string_view IC102;
extern const std::string_view IC103;
extern const std::string_view IC104;
extern const std::string_view IC105;
extern const std::string_view IC106;
extern const std::string_view IC107;
extern const std::string_view IC108;
extern const std::string_view IC109;
extern const std::string_view IC110;
extern const std::string_view IC111;
extern const std::string_view IC112;
extern const std::string_view IC113;
extern const std::string_view IC114;
extern const std::string_view IC115;
extern const std::string_view IC116;
extern const std::string_view IC117;
extern const std::string_view IC118;
extern const std::string_view IC119;
extern const std::string_view IC120;
extern const std::string_view IC201;
extern const std::string_view IC202;
extern const std::string_view IC203;
extern const std::string_view IC204;
extern const std::string_view IC205;
extern const std::string_view IC401;
extern const std::string_view IC402;
extern const std::string_view IC403;
extern const std::string_view IC404;
extern const std::string_view IC405;
extern const std::string_view IC406;
extern const std::string_view IC407;
extern const std::string_view IC408;
extern const std::string_view IC409;

}  // namespace introcheck::rule_ids
