import { Fragment, type ReactNode } from 'react';
import { Anchor, Code, Image, List, Paper, Stack, Text, Title } from '@mantine/core';
import guide from '../../../docs/huong-dan-su-dung.md?raw';
import { parseMarkdown, type Block, type Inline } from './markdown';

/** docs/images/*.png, bundled by Vite into the renderer build (works in the preview and in Electron). */
const imageUrls = import.meta.glob('../../../docs/images/*.png', { eager: true, query: '?url', import: 'default' }) as Record<
  string,
  string
>;
const byName = new Map(Object.entries(imageUrls).map(([k, v]) => [k.split('/').pop()!, v]));
const imageUrl = (src: string) => byName.get(src.split('/').pop() ?? '');

const blocks = parseMarkdown(guide);

function Inlines({ c }: { c: Inline[] }): ReactNode {
  return c.map((x, i) => {
    switch (x.t) {
      case 'text':
        return <Fragment key={i}>{x.v}</Fragment>;
      case 'strong':
        return (
          <strong key={i}>
            <Inlines c={x.c} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines c={x.c} />
          </em>
        );
      case 'code':
        return <Code key={i}>{x.v}</Code>;
      case 'img':
        return <GuideImage key={i} alt={x.alt} src={x.src} />;
    }
  });
}

function GuideImage({ alt, src }: { alt: string; src: string }) {
  const url = imageUrl(src);
  if (!url)
    return (
      <Text c="dimmed" size="sm">
        [{alt}]
      </Text>
    );
  return (
    <Paper withBorder p={4} maw={880}>
      <Image src={url} alt={alt} data-testid="guide-image" />
      <Text size="xs" c="dimmed" ta="center">
        {alt}
      </Text>
    </Paper>
  );
}

function BlockView({ b }: { b: Block }) {
  switch (b.t) {
    case 'h':
      return (
        <Title order={b.level} id={b.id} mt={b.level <= 2 ? 'lg' : 'sm'}>
          <Inlines c={b.c} />
        </Title>
      );
    case 'p':
      return (
        <Text>
          <Inlines c={b.c} />
        </Text>
      );
    case 'ol':
      return (
        <List type="ordered" start={b.start} spacing={4}>
          {b.items.map((it, i) => (
            <List.Item key={i}>
              <Inlines c={it} />
            </List.Item>
          ))}
        </List>
      );
    case 'ul':
      return (
        <List spacing={4}>
          {b.items.map((it, i) => (
            <List.Item key={i}>
              <Inlines c={it} />
            </List.Item>
          ))}
        </List>
      );
    case 'pre':
      return <Code block>{b.v}</Code>;
    case 'img':
      return <GuideImage alt={b.alt} src={b.src} />;
  }
}

/** "Trợ giúp": the user guide, with a table of contents of its sections. */
export function HelpPage() {
  const sections = blocks.filter((b): b is Extract<Block, { t: 'h' }> => b.t === 'h' && b.level === 2);
  const [title, ...rest] = blocks[0]?.t === 'h' ? blocks : [null, ...blocks];
  return (
    <Stack gap="sm" maw={1000} data-testid="help-page">
      {title && <BlockView b={title} />}
      <List size="sm" aria-label="Mục lục">
        {sections.map((s) => (
          <List.Item key={s.id}>
            <Anchor component="button" onClick={() => document.getElementById(s.id)?.scrollIntoView()}>
              <Inlines c={s.c} />
            </Anchor>
          </List.Item>
        ))}
      </List>
      {rest.map((b, i) => b && <BlockView key={i} b={b} />)}
    </Stack>
  );
}
