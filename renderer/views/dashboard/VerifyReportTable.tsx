import type { VerifyReport } from '../../../shared/verifyTypes';

/** `warroom verify`'s table: each check, its result coloured, and its detail with its line breaks. */
export function VerifyReportTable({ report }: { report: VerifyReport }) {
  return (
    <table className="verify-table" data-testid="verify-table">
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Result</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {report.checks.map(({ check, status, detail }) => (
          <tr key={check} data-testid="verify-check" data-check={check} data-status={status}>
            <th scope="row">{check}</th>
            <td className={`verify-status verify-${status}`}>{status}</td>
            <td className="verify-detail">{detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
