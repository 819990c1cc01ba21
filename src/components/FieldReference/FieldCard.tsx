/** One frontmatter field: required-ness, type, rule, example and, for lists of objects, their parts. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import type {FieldRow} from '@site/src/content/generators/field-reference';
import {InlineCode} from './InlineCode';
import styles from './styles.module.css';

export const fieldAnchor = (name: string, parent?: string): string => `feld-${parent ? `${parent}-` : ''}${name.replace(/_/g, '-')}`;

export function FieldCard({field, level = 3, parent, showTypes = true}: {field: FieldRow; level?: 3 | 4; parent?: string; showTypes?: boolean}): ReactNode {
  return (
    <section className={styles.field} aria-labelledby={fieldAnchor(field.name, parent)}>
      <Heading as={`h${level}`} id={fieldAnchor(field.name, parent)} className={styles.fieldName}>
        <code>{parent ? `${parent}[].${field.name}` : field.name}</code>
      </Heading>
      <p>
        <InlineCode text={field.description} />
      </p>
      <dl className={styles.facts}>
        <dt>Pflichtfeld</dt>
        <dd>{field.required}</dd>
        {showTypes && (
          <>
            <dt>Gilt für</dt>
            <dd>{field.types}</dd>
          </>
        )}
        <dt>Art</dt>
        <dd>{field.vocabulary ? <Link to={`#${field.vocabulary}`}>{field.type}</Link> : field.type}</dd>
        {field.rule && (
          <>
            <dt>Regel</dt>
            <dd>
              <InlineCode text={field.rule} />
            </dd>
          </>
        )}
      </dl>
      {field.example && (
        <>
          <p className={styles.exampleLabel}>Beispiel:</p>
          {/* Plain text: the YAML token colours of the site's Prism theme fail contrast on this background. */}
          <CodeBlock language="text">{field.example}</CodeBlock>
        </>
      )}
      {field.children && (
        <div className={styles.children}>
          {field.children.map((c) => (
            <FieldCard key={c.name} field={c} level={4} parent={field.name} showTypes={false} />
          ))}
        </div>
      )}
    </section>
  );
}
