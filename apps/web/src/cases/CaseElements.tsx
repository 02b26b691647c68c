import { Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  findCode,
  MELDING_KONKLUSJON,
  PLANTYPE,
  TILTAK_KATEGORI,
  UNDERSOKELSE_KONKLUSJON,
  VEDTAK_STATUS,
} from '@vern/domain';
import type { ReactNode } from 'react';
import type { CaseView, Finding } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { currentStatus } from '../steps/elements';
import { dynamicText } from '../steps/field-text';
import { FindingList } from './FindingList';

interface Item {
  id: string;
  title: string;
  lines: ReactNode[];
}

/** What the case holds now, each element with its state and the registry's findings about it. */
export function CaseElements({ view }: { view: CaseView }): ReactNode {
  const t = useStaffT();
  const { history: h, meldinger, findings } = view.process;
  const label = (list: Parameters<typeof findCode>[0], code: string) =>
    `${code} ${findCode(list, code)?.label ?? ''}`;
  const concluded = (k?: { sluttDato: string; kode?: string }, list?: Parameters<typeof findCode>[0]) =>
    k
      ? k.kode && list
        ? t('case.concludedWith', { date: k.sluttDato, label: label(list, k.kode) })
        : t('case.endedOn', { date: k.sluttDato })
      : t('case.open');
  const groups: [string, Item[]][] = [
    [
      t('case.meldinger'),
      h.meldinger.map((m) => {
        const d = meldinger.find((x) => x.meldingId === m.id);
        return {
          id: m.id,
          title: dynamicText(t, 'element.melding', { date: m.startDato }),
          lines: [
            concluded(m.konklusjon, MELDING_KONKLUSJON),
            ...(d
              ? [
                  t('case.melding.channel', { channel: dynamicText(t, `choice.channel.${d.channel}`) }),
                  d.anonymous
                    ? t('case.melding.anonymous')
                    : d.melderName
                      ? t('case.melding.melder', { name: d.melderName })
                      : '',
                  d.needsImmediateFollowUp ? t('case.melding.urgent') : '',
                  <span key="text" className="vern-melding-text">
                    {d.content}
                  </span>,
                ]
              : []),
          ].filter((x) => x !== ''),
        };
      }),
    ],
    [
      t('case.undersokelser'),
      h.undersokelser.map((u) => ({
        id: u.id,
        title: dynamicText(t, 'element.undersokelse', { date: u.startDato }),
        lines: [concluded(u.konklusjon, UNDERSOKELSE_KONKLUSJON)],
      })),
    ],
    [
      t('case.vedtak'),
      h.vedtak.map((v) => ({
        id: v.id,
        title: dynamicText(t, 'element.vedtak', {
          date: v.startDato,
          detail: `${v.lovhjemmel.lov} § ${v.lovhjemmel.kapittel}-${v.lovhjemmel.paragraf}`,
        }),
        lines: [t('case.vedtak.status', { label: label(VEDTAK_STATUS, currentStatus(v) ?? '') })],
      })),
    ],
    [
      t('case.tiltak'),
      h.tiltak.map((x) => ({
        id: x.id,
        title: dynamicText(t, 'element.tiltak', { date: x.startDato, detail: x.kategori.kode }),
        lines: [label(TILTAK_KATEGORI, x.kategori.kode), concluded(x.konklusjon)],
      })),
    ],
    [
      t('case.planer'),
      h.planer.map((p) => ({
        id: p.id,
        title: dynamicText(t, 'element.plan', { date: p.startDato, detail: p.plantype }),
        lines: [
          label(PLANTYPE, p.plantype),
          p.evaluering.length > 0
            ? t('case.plan.evaluations', { dates: p.evaluering.map((e) => e.utfortDato).join(', ') })
            : t('case.plan.notEvaluated'),
          concluded(p.konklusjon),
        ],
      })),
    ],
  ];
  const about = (id: string): Finding[] => findings.filter((f) => f.elementId === id);
  return (
    <section aria-labelledby="saken-na" className="vern-stack">
      <Heading level={2} data-size="md" id="saken-na">
        {t('case.elements.title')}
      </Heading>
      {groups.map(([heading, items]) => (
        <div key={heading} className="vern-stack">
          <Heading level={3} data-size="sm">
            {heading}
          </Heading>
          {items.length === 0 ? (
            <Paragraph>{t('case.none')}</Paragraph>
          ) : (
            <ul className="vern-elements">
              {items.map((item) => (
                <li key={item.id}>
                  <Paragraph>
                    <strong>{item.title}</strong>
                  </Paragraph>
                  {item.lines.map((line, i) => (
                    <Paragraph key={i} data-size="sm">
                      {line}
                    </Paragraph>
                  ))}
                  <FindingList findings={about(item.id)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
