// The report NIR will show, "Deltakere som har avsluttet introduksjonsprogram",
// predicted from the case system before transfer.
#pragma once

#include <introcheck/dataset.hpp>
#include <introcheck/environment.hpp>
#include <introcheck/nir_report.hpp>

namespace introcheck {

/// What belongs to one run; everything else is in the Environment.
struct PredictOptions {
  int year = 0;
  Date as_of;  ///< not_a_date_time: today in Europe/Oslo
  ReportScope scope;
};

/// The rows NIR's report will show for the scope, protected persons left out.
NirReport predict_report(const Dataset& dataset, const Environment& environment, const PredictOptions& options);

}  // namespace introcheck
