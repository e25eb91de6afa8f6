import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/locale';

const MUTATION = 'mutation($to: ID!, $f: Upload!) { uploadEvidence(attachTo: $to, file: $f) { id name size sha256 url } }';

/**
 * 佐证材料: uploads files to a record (indicator progress, monitoring, score
 * item, rectification) by the GraphQL multipart request spec, with progress;
 * each uploaded file links to its download.
 */
export function EvidenceUpload({ attachTo }: { attachTo: string }) {
  const t = useT();
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <span data-testid="evidence-upload">
    <Upload
      action="/graphql"
      name="0"
      withCredentials
      accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
      headers={{ 'GraphQL-Preflight': '1' }}
      data={{ operations: JSON.stringify({ query: MUTATION, variables: { to: attachTo, f: null } }), map: JSON.stringify({ 0: ['variables.f'] }) }}
      fileList={files}
      onChange={({ fileList }) =>
        setFiles(
          fileList.map((f) => {
            const answer = f.response as { data?: { uploadEvidence?: { url: string } }; errors?: { message: string }[] } | undefined;
            if (answer?.errors?.length) return { ...f, status: 'error', response: answer.errors[0].message };
            const url = answer?.data?.uploadEvidence?.url;
            return url ? { ...f, url } : f;
          }),
        )
      }
    >
      <Button icon={<PaperClipOutlined />}>{t('上传佐证材料', 'Upload evidence')}</Button>
    </Upload>
    </span>
  );
}
