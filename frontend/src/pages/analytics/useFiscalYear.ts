import { useStartupQuery } from '../../api/startup/useStartupQuery';
import { useSearchParams } from 'react-router';
import { LatestFiscalYearQuery } from './fiscalYearQuery';
import { latestYearOf } from './latestYear';

/** The fiscal year in the URL (?year=), else the one the server opens dashboards on (latestFiscalYear). */
export function useFiscalYear(): [number, (year: number) => void, boolean] {
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('year'));
  const [{ data, fetching }] = useStartupQuery({ query: LatestFiscalYearQuery, pause: fromUrl > 0 });
  const year = fromUrl > 0 ? fromUrl : latestYearOf(data);
  const setYear = (next: number) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        out.set('year', String(next));
        return out;
      },
      { replace: true },
    );
  return [year, setYear, fromUrl <= 0 && fetching && !data];
}
