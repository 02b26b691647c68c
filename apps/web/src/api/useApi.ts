import { useCallback, useEffect, useState } from 'react';
import { apiGet, type ApiResult } from './http';

export interface ApiState<T> {
  /** The latest answer; kept while a reload is under way so the page does not flash. */
  result: ApiResult<T> | undefined;
  loading: boolean;
  reload: () => void;
}

/** GETs `url` (null: nothing to get yet) and again on `reload()`. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [tick, setTick] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; result: ApiResult<T> } | null>(null);
  const key = `${url ?? ''}#${tick}`;

  useEffect(() => {
    if (url === null) return;
    let current = true;
    void apiGet<T>(url).then((result) => {
      if (current) setAnswer({ key, result });
    });
    return () => {
      current = false;
    };
  }, [url, key]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return {
    result: url === null ? undefined : answer?.result,
    loading: url !== null && answer?.key !== key,
    reload,
  };
}
